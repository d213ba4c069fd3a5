package org.diplograph.analyse;

/**
 * What one step of a beam search keeps of a distribution: the classes scoring at least the beam's
 * cut-off, in class order, which is the order OpenNLP's BeamSearch visits them in.
 *
 * @param classes the outcome indices of the model
 * @param probs   their probabilities
 */
record Candidates(int[] classes, double[] probs) {

    static Candidates of(double[] scores, int beamSize) {
        double cutOff = cutOff(scores, beamSize);
        int n = 0;
        for (double s : scores)
            if (s >= cutOff)
                n++;
        int[] classes = new int[n];
        double[] probs = new double[n];
        n = 0;
        for (int p = 0; p < scores.length; p++) {
            if (scores[p] >= cutOff) {
                classes[n] = p;
                probs[n++] = scores[p];
            }
        }
        return new Candidates(classes, probs);
    }

    /**
     * The {@code k}-th largest score (the smallest, if there are fewer), in the total order of
     * {@link Double#compare}: what BeamSearch reads from a sorted copy at {@code length - k}, found
     * here in one pass rather than by sorting.
     */
    static double cutOff(double[] scores, int k) {
        int n = Math.min(k, scores.length);
        double[] best = new double[n];
        int filled = 0;
        for (double s : scores) {
            if (filled == n && Double.compare(s, best[n - 1]) <= 0)
                continue;
            int j = filled < n ? filled++ : n - 1;
            while (j > 0 && Double.compare(best[j - 1], s) < 0) {
                best[j] = best[j - 1];
                j--;
            }
            best[j] = s;
        }
        return best[n - 1];
    }
}

package org.diplograph.analyse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CandidatesTest {

    /** What BeamSearch reads from a sorted copy of the scores. */
    private static double sortedCutOff(double[] scores, int k) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, sorted.length - k)];
    }

    @Test
    void cutOffIsTheKthLargestAsSortingFindsIt() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            double[] scores = new double[1 + random.nextInt(40)];
            for (int i = 0; i < scores.length; i++)
                scores[i] = random.nextInt(6) / 8.0; // few values: many ties
            if (round % 5 == 0)
                scores[0] = -0.0;
            for (int k = 1; k <= 4; k++)
                assertEquals(sortedCutOff(scores, k), Candidates.cutOff(scores, k), 0.0, Arrays.toString(scores));
        }
    }

    @Test
    void candidatesAreEveryClassReachingTheCutOffInClassOrder() {
        Candidates c = Candidates.of(new double[] {0.1, 0.3, 0.05, 0.3, 0.25}, 3);
        assertArrayEquals(new int[] {1, 3, 4}, c.classes());
        assertArrayEquals(new double[] {0.3, 0.3, 0.25}, c.probs());
        Candidates tied = Candidates.of(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, 3);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, tied.classes());
    }
}

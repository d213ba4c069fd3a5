package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.analyse.Sentence;
import org.diplograph.analyse.Token;
import org.diplograph.temporal.TimeMention;
import org.diplograph.temporal.TimeValue;

/**
 * A sentence with its entity mentions and times placed on its tokens, and the positional rules
 * that find an event's arguments: the subject before a trigger, the object after it, the phrase a
 * preposition introduces, who is speaking. The rules read part-of-speech tags, never words.
 */
final class Clause {

    /** How far an argument may stand from what it belongs to, in tokens. */
    private static final int REACH = 6;
    private static final int SUBJECT_REACH = 20;
    /** What a comma between a time and a trigger adds to their distance, in characters. */
    private static final int COMMA = 40;

    /** An argument placed on tokens [first, end). */
    record Placed(Arg arg, int first, int end) {}

    private final Sentence sentence;
    private final List<Token> tokens;
    private final List<Placed> args;
    private final List<TimeMention> times;
    private final Cues cues;
    private final Participant speaker;
    private int speakerToken = -1;

    Clause(Sentence sentence, List<Token> tokens, List<Placed> args, List<TimeMention> times, Cues cues,
           Participant previousSpeaker) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.args = args;
        this.times = times;
        this.cues = cues;
        this.speaker = findSpeaker(previousSpeaker);
    }

    Sentence sentence() { return sentence; }
    List<Token> tokens() { return tokens; }
    List<Placed> args() { return args; }
    Participant speaker() { return speaker; }
    /** The reporting verb (or the speaker's mention) of this sentence, or -1. */
    int speakerToken() { return speakerToken; }

    static boolean isBarrier(Token t) {
        String s = t.text();
        return s.equals(";") || s.equals(":") || s.equals("(") || s.equals(")");
    }

    private String pos(int i) {
        return tokens.get(i).pos();
    }

    boolean isVerbal(int i) {
        return pos(i).equals("VERB");
    }

    /**
     * "behind", "responsible", "will be the prime suspect": a trigger that predicates of its
     * subject, through its part of speech or a copula before it.
     */
    boolean isAdjectival(int i) {
        if (pos(i).equals("ADP") || pos(i).equals("ADJ"))
            return true;
        for (int k = i - 1; k >= Math.max(sentence.firstToken(), i - 4); k--) {
            Token t = tokens.get(k);
            if (t.pos().equals("AUX") && t.lemma().equals("be"))
                return true;
            if (!t.pos().equals("DET") && !t.pos().equals("ADJ") && !t.pos().equals("ADV"))
                return false;
        }
        return false;
    }

    /** "was attacked", "would be given": a participle after a form of "be". */
    boolean isPassive(int anchor) {
        if (!isVerbal(anchor))
            return false;
        // "the various hacks attributed to Fancy Bear": a participle right after its noun and right
        // before a preposition is a passive without "be".
        String w = tokens.get(anchor).text().toLowerCase(Locale.ROOT);
        if (w.endsWith("ed") && anchor > sentence.firstToken() && pos(anchor - 1).equals("NOUN")
                && anchor + 1 < sentence.endToken() && pos(anchor + 1).equals("ADP"))
            return true;
        for (int i = anchor - 1; i >= Math.max(sentence.firstToken(), anchor - 3); i--) {
            Token t = tokens.get(i);
            if (t.pos().equals("AUX") && (t.lemma().equals("be") || t.lemma().equals("get")))
                return !tokens.get(anchor).text().toLowerCase(Locale.ROOT).endsWith("ing");
            if (!t.pos().equals("AUX") && !t.pos().equals("ADV") && !t.pos().equals("PART"))
                return false;
        }
        return false;
    }

    /** A suspicion cue ("might", "allegedly") shortly before the trigger. */
    boolean hedged(int anchor) {
        for (int i = anchor - 1; i >= Math.max(sentence.firstToken(), anchor - REACH); i--)
            if (cues.is("suspicion", tokens.get(i)))
                return true;
        return false;
    }

    /** The nearest mention before the token, in the same clause, that is not a prepositional object. */
    Arg subject(int anchor) {
        Arg possessor = possessorOfInfinitive(anchor);
        if (possessor != null)
            return possessor;
        // "Estonia expelled Russian diplomats and summoned the ambassador": a verb coordinated with
        // one before it shares that one's subject, not the object in between.
        int shared = coordinatedVerb(anchor);
        if (shared >= 0)
            return subject(shared);
        Arg antecedent = relativeAntecedent(anchor);
        if (antecedent != null)
            return antecedent;
        for (int k = args.size() - 1; k >= 0; k--) {
            Placed p = args.get(k);
            if (p.end() > anchor)
                continue;
            if (anchor - p.end() > SUBJECT_REACH || barrierBetween(p.end(), anchor))
                return null;
            if (!isPrepositionalObject(p))
                return p.arg();
        }
        return null;
    }

    /**
     * "the United States, a close ally of Albania, which is announcing …": the subject of a verb in a
     * relative clause is what "which" or "who" refers to, across an appositive ("a close ally of
     * Albania"), not the name the appositive holds.
     */
    private Arg relativeAntecedent(int anchor) {
        int k = anchor - 1;
        if (k <= sentence.firstToken())
            return null;
        while (k > sentence.firstToken() && anchor - k <= 3 && (pos(k).equals("AUX") || pos(k).equals("ADV")))
            k--;
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (!(w.equals("which") || w.equals("who")) || k - 1 <= sentence.firstToken() || !tokens.get(k - 1).text().equals(","))
            return null;
        int comma = k - 1;
        // An appositive opened by a comma and a determiner: ", a close ally of Albania,".
        for (int j = comma - 1; j > Math.max(sentence.firstToken(), comma - 10); j--) {
            if (tokens.get(j).text().equals(",") && pos(j + 1).equals("DET")) {
                comma = j;
                break;
            }
            if (pos(j).equals("VERB") || isBarrier(tokens.get(j)))
                break;
        }
        for (Placed p : args)
            if (p.end() == comma)
                return p.arg();
        return null;
    }

    /**
     * The verb before "and" when the trigger's own verb follows it ("summoned X and handed him a
     * note"): the index of that earlier verb, else -1.
     */
    private int coordinatedVerb(int anchor) {
        int v = anchor;
        while (v > sentence.firstToken() && anchor - v <= 4 && !pos(v).equals("VERB"))
            v--;
        if (!pos(v).equals("VERB") || v - 1 <= sentence.firstToken() || !pos(v - 1).equals("CCONJ"))
            return -1;
        for (int k = v - 2; k >= Math.max(sentence.firstToken(), v - 12); k--) {
            if (isBarrier(tokens.get(k)))
                return -1;
            if (pos(k).equals("VERB"))
                return k;
        }
        return -1;
    }

    /** "their investigation", "Iran's investigation": the mention that possesses the noun at {@code i}. */
    Arg possessorOf(int i) {
        int b = i - 1;
        while (b > sentence.firstToken() && pos(b).equals("ADJ") && i - b <= 2)
            b--;
        boolean genitive = b > sentence.firstToken() && pos(b).equals("PART") && tokens.get(b).lemma().equals("'s");
        int end = genitive ? b : b + 1;
        for (Placed p : args)
            if (p.end() == end && (genitive || possessive(p)))
                return p.arg();
        return null;
    }

    /** "Tirana’s decision to cut ties": the one whose decision, plan or move it is acts. */
    private Arg possessorOfInfinitive(int anchor) {
        int i = anchor - 1;
        if (i < sentence.firstToken() || !pos(i).equals("PART") || !tokens.get(i).lemma().equals("to"))
            return null;
        i--;
        while (i >= sentence.firstToken() && (pos(i).equals("NOUN") || pos(i).equals("ADJ")))
            i--;
        if (i < sentence.firstToken() || i == anchor - 2 || !tokens.get(i).lemma().equals("'s"))
            return null;
        for (Placed p : args)
            if (p.end() == i)
                return p.arg();
        return null;
    }

    /** The subject and the subjects coordinated with it: "Bahrain, Sudan and Kuwait followed". */
    List<Arg> subjects(int anchor) {
        Arg last = subject(anchor);
        List<Arg> out = new ArrayList<>();
        if (last == null)
            return out;
        int k = indexOf(last);
        out.add(last);
        while (k > 0 && onlyCoordination(args.get(k - 1).end(), args.get(k).first())) {
            k--;
            Arg a = args.get(k).arg();
            if (out.stream().noneMatch(o -> o.who().party().equals(a.who().party())))
                out.add(0, a);
        }
        return out;
    }

    /** The perpetrator before an attack trigger, when a verb makes it the agent: "Iran launched a cyberattack". */
    Arg agentBefore(int anchor) {
        if (isPassive(anchor))
            return null;
        Arg s = subject(anchor);
        if (s == null)
            return null;
        if (isVerbal(anchor))
            return s;
        // The attack must be the object of the verb: "launched a massive cyberattack", not
        // "arrested two suspects in relation to the hacking".
        Placed p = args.get(indexOf(s));
        int j = anchor - 1;
        while (j >= p.end() && (pos(j).equals("DET") || pos(j).equals("ADJ") || pos(j).equals("NUM")
                || pos(j).equals("NOUN") || pos(j).equals("PROPN")))
            j--;
        return j >= p.end() && isVerbal(j) && !cues.is("reporting", tokens.get(j)) ? s : null;
    }

    /** "the Criminal Investigation Bureau": a capitalised word amid capitalised words is part of a name. */
    boolean inName(int i) {
        if (i == sentence.firstToken() || !Character.isUpperCase(tokens.get(i).text().charAt(0)) || titleCase())
            return false;
        boolean before = i - 1 > sentence.firstToken() && capitalised(i - 1);
        boolean after = i + 1 < sentence.endToken() && capitalised(i + 1);
        return before || after;
    }

    /** A headline in title case ("Albania Cuts Ties With Iran") capitalises every word, names or not. */
    private boolean titleCase() {
        int[] c = sentence.capitals(tokens);
        return c[0] > 0 && c[1] * 10 >= c[0] * 6;
    }

    private boolean capitalised(int i) {
        String w = tokens.get(i).text();
        return Character.isUpperCase(w.charAt(0)) && (pos(i).equals("PROPN") || pos(i).equals("NOUN") || pos(i).equals("ADJ"));
    }

    /**
     * "Estonia was hit by a massive cyberattack": the attack is the agent of a passive verb, whose
     * subject is its target.
     */
    Participant passiveSubjectBefore(int anchor, Set<String> agentMarkers) {
        int i = anchor - 1;
        while (i >= sentence.firstToken() && (pos(i).equals("DET") || pos(i).equals("ADJ") || pos(i).equals("NUM")))
            i--;
        if (i < sentence.firstToken() || !agentMarkers.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)))
            return null;
        int verb = i - 1;
        if (verb < sentence.firstToken() || !isPassive(verb))
            return null;
        // The subject stands right before the passive ("Estonia was hit by"), not further back
        // ("CEO Steve Long confirmed the network was targeted by").
        Arg s = subject(verb);
        if (s == null)
            return null;
        Placed p = args.get(indexOf(s));
        for (int k = p.end(); k < verb; k++)
            if (!pos(k).equals("AUX") && !pos(k).equals("ADV") && !pos(k).equals("PART"))
                return null;
        return s.who().party();
    }

    /** Whether the mention at {@code first} follows one of these prepositions. */
    private boolean afterAny(int first, Set<String> prepositions) {
        for (int i = first - 1; i >= Math.max(sentence.firstToken(), first - 3); i--) {
            if (prepositions.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)))
                return true;
            if (!pos(i).equals("DET") && !pos(i).equals("ADJ"))
                return false;
        }
        return false;
    }

    /** "In a letter to the Security Council, Hoxha …": the noun is in a phrase that opens the sentence. */
    boolean inFrontedPhrase(int anchor) {
        int first = sentence.firstToken();
        if (!pos(first).equals("ADP"))
            return false;
        for (int i = first + 1; i < anchor; i++)
            if (isVerbal(i) || tokens.get(i).text().equals(","))
                return false;
        return true;
    }

    /**
     * "an unspecified cyber attack", "the ransomware attack", "Albania’s infrastructure attack": a
     * determiner or possessor before the noun makes it one event rather than a kind.
     */
    boolean determined(int anchor) {
        for (int i = anchor - 1; i >= Math.max(sentence.firstToken(), anchor - 4); i--) {
            String tag = pos(i);
            if (tag.equals("DET") || tokens.get(i).lemma().equals("'s") || tag.equals("PRON"))
                return true;
            if (!tag.equals("ADJ") && !tag.equals("NOUN") && !tag.equals("PROPN") && !tag.equals("NUM"))
                return false;
        }
        return false;
    }

    /**
     * Whether the noun is the object of a verb ("the FBI opened an investigation") whose subject
     * is the mention, with no other verb between them.
     */
    boolean governedBySubjectsVerb(Arg subject, int anchor) {
        int j = anchor - 1;
        while (j >= sentence.firstToken() && (pos(j).equals("DET") || pos(j).equals("ADJ") || pos(j).equals("NUM")
                || pos(j).equals("NOUN") || pos(j).equals("PROPN")))
            j--;
        if (j < sentence.firstToken() || !isVerbal(j))
            return false;
        Placed p = args.get(indexOf(subject));
        for (int i = p.end(); i < j; i++)
            if (isVerbal(i))
                return false;
        return p.end() <= j;
    }

    /** Whether a verb stands between a mention and a later token. */
    boolean verbBetween(Arg a, int anchor) {
        Placed p = args.get(indexOf(a));
        for (int i = p.end(); i < anchor; i++)
            if (isVerbal(i) || pos(i).equals("AUX"))
                return true;
        return false;
    }

    /** The object right after a verb: "accused Iran of", "condemned Tirana’s decision". */
    Participant objectOf(int anchor, int end) {
        for (Placed p : args) {
            if (p.first() <= anchor || possessive(p))
                continue;
            if (p.first() > Math.max(anchor + 1, end) + 2)
                return null;
            if (onlyModifiers(anchor + 1, p.first()))
                return p.arg().who();
        }
        return null;
    }

    /** The mention a preposition after the trigger introduces: "ties with Iran", "an attack on Albania". */
    Participant after(int end, Set<String> prepositions) {
        return after(end, prepositions, REACH);
    }

    /**
     * The same within {@code reach} tokens; the trigger's own last word counts when it is one of the
     * prepositions ("a letter to", "attributed to").
     */
    Participant after(int end, Set<String> prepositions, int reach) {
        if (prepositions.isEmpty())
            return null;
        int from = prepositions.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT)) ? end - 1 : end;
        for (int i = from; i < Math.min(sentence.endToken(), end + reach); i++) {
            // "allegations levelled by Albania against Tehran": past a new verb, the phrase is its.
            if (isBarrier(tokens.get(i)) || i >= end && isVerbal(i))
                return null;
            if (!prepositions.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)))
                continue;
            for (Placed p : args)
                if (p.first() > i && p.first() <= i + 4 && onlyModifiers(i + 1, p.first()))
                    return p.arg().who();
            // "an attack on the regional power distributor ZakhidEnergo": a name after its description.
            for (Placed p : args)
                if (p.first() > i && p.first() <= i + 6 && descriptionOnly(i + 1, p.first()))
                    return p.arg().who();
        }
        return null;
    }

    /**
     * "the attack on Estonia was carried out by the GRU", "the intrusion was the work of Sandworm":
     * a perpetration verb in the passive, or "the work of", after the attack noun names its agent.
     */
    Participant perpetratorAfter(int end) {
        for (int i = end; i < Math.min(sentence.endToken() - 1, end + 8); i++) {
            Token t = tokens.get(i);
            if (isBarrier(t))
                return null;
            if (!cues.is("perpetration", t) || i < 2 || !copulaBefore(i))
                continue;
            Set<String> marker = t.pos().equals("NOUN") ? Set.of("of") : Set.of("by");
            return after(i + 1, marker, 3);
        }
        return null;
    }

    /**
     * "hackers working for the Chinese state had stolen", "a group based in China had broken into":
     * the state or organisation an affiliation marker ties the subject to, before the trigger.
     */
    Participant affiliatedAgentBefore(int anchor) {
        for (int k = anchor - 1; k >= Math.max(sentence.firstToken() + 1, anchor - 10); k--) {
            if (isBarrier(tokens.get(k)))
                return null;
            if (!cues.is("affiliationMarker", tokens.get(k)) || !(pos(k).equals("VERB") || pos(k).equals("ADJ"))
                    || k + 1 >= anchor || !pos(k + 1).equals("ADP"))
                continue;
            for (Placed p : args)
                if (p.first() > k + 1 && p.end() <= anchor && onlyModifiers(k + 2, p.first()) && p.arg().who().canAct())
                    return p.arg().who();
        }
        return null;
    }

    /** "an attempt by Russian hackers to break into the network": who attempted the act at {@code anchor}. */
    Participant attemptBy(int anchor) {
        if (anchor - 1 <= sentence.firstToken() || !tokens.get(anchor - 1).lemma().equals("to"))
            return null;
        for (int k = anchor - 2; k >= Math.max(sentence.firstToken(), anchor - 7); k--) {
            if (isBarrier(tokens.get(k)) || pos(k).equals("VERB"))
                return null;
            if (tokens.get(k).text().equalsIgnoreCase("by"))
                for (Placed p : args)
                    if (p.first() > k && p.end() < anchor && onlyModifiers(k + 1, p.first()))
                        return p.arg().who();
        }
        return null;
    }

    /** A form of "be" within the two tokens before ("was carried", "was the work"). */
    private boolean copulaBefore(int i) {
        for (int k = i - 1; k >= Math.max(sentence.firstToken(), i - 2); k--)
            if (tokens.get(k).pos().equals("AUX") && tokens.get(k).lemma().equals("be"))
                return true;
        return false;
    }

    /** "recalled its ambassador", "reserves its right": a possessive pronoun is the owner, not the object. */
    private boolean possessive(Placed p) {
        if (p.end() - p.first() != 1 || !pos(p.first()).equals("PRON"))
            return false;
        String w = tokens.get(p.first()).text().toLowerCase(Locale.ROOT);
        return w.equals("its") || w.equals("his") || w.equals("her") || w.equals("their") || w.equals("our");
    }

    /** A mention inside the trigger phrase, or right after it through "of": "networks of Albanian institutions". */
    Participant inside(int anchor, int end, Set<String> actorPrepositions, Set<String> targetPrepositions) {
        return inside(anchor, end, actorPrepositions, targetPrepositions, false);
    }

    /**
     * The same, where a possessive pronoun inside the phrase may be the target: the owner of what
     * is attacked is the victim ("broke into its network"), the owner of an ambassador is not.
     */
    Participant inside(int anchor, int end, Set<String> actorPrepositions, Set<String> targetPrepositions, boolean possessorIsTarget) {
        for (Placed p : args)
            if (p.first() > anchor && p.end() <= end && !afterAny(p.first(), actorPrepositions) && (possessorIsTarget || !possessive(p)))
                return p.arg().who();
        int adp = end;
        while (adp < Math.min(sentence.endToken(), end + 3) && pos(adp).equals("NOUN"))
            adp++;
        // Only the genitive or one of the type's target prepositions: "networks of Albanian
        // institutions", but not "hacked by Fancy Bear" or "links the attack to North Korea".
        String prep = adp < sentence.endToken() ? tokens.get(adp).text().toLowerCase(Locale.ROOT) : "";
        if (adp >= sentence.endToken() || !pos(adp).equals("ADP") || actorPrepositions.contains(prep)
                || !prep.equals("of") && !targetPrepositions.contains(prep))
            return null;
        for (Placed p : args)
            if (p.first() > adp && p.first() <= adp + 3 && onlyModifiers(adp + 1, p.first()))
                return p.arg().who();
        return null;
    }

    /**
     * The time nearest the trigger in this sentence, preferring one after it; a time standing
     * right before another trigger ("the July 15 cyber-attack") is that one's.
     */
    TimeValue timeNear(int anchor, int end, java.util.Map<Integer, Integer> otherAnchors) {
        TimeValue best = null;
        double bestDistance = Double.MAX_VALUE;
        int anchorChar = tokens.get(anchor).start();
        int endChar = tokens.get(end - 1).end();
        for (TimeMention t : times) {
            if (modifiesAnother(t, anchor, end, otherAnchors))
                continue;
            double d = t.start() >= endChar ? t.start() - endChar : 1.5 * (anchorChar - t.end());
            if (d >= 0 && d < bestDistance) {
                bestDistance = d;
                best = t.value();
            }
        }
        return best;
    }

    /**
     * "announced the huge data hack in September 2017": for an event noun that is the object of a
     * reporting verb, the index of that verb, else -1. A time after such a noun is the report's.
     */
    int reportingGovernor(int anchor) {
        if (!pos(anchor).equals("NOUN"))
            return -1;
        for (int i = anchor - 1; i >= Math.max(sentence.firstToken(), anchor - 5); i--) {
            String tag = pos(i);
            if (tag.equals("VERB"))
                return cues.is("reporting", tokens.get(i)) ? i : -1;
            if (!tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("NUM") && !tag.equals("NOUN") && !tag.equals("PROPN"))
                return -1;
        }
        return -1;
    }

    /** A time wholly inside tokens [from, to): "announced the 2015 breach". */
    TimeValue timeWithin(int from, int to) {
        for (TimeMention t : times)
            if (t.start() >= tokens.get(from).start() && t.end() <= tokens.get(to - 1).end())
                return t.value();
        return null;
    }

    /** The state the article names most often, other than the actor: an implicit relation's partner. */
    static Participant topicState(Participant actor, List<Participant> byFrequency) {
        for (Participant p : byFrequency)
            if (!p.equals(actor))
                return p;
        return null;
    }

    /**
     * Whether another trigger stands nearer the time than this one: then the time is that one's.
     * A time after a trigger ("severed ties with Iran on Wednesday") is nearer than one before by
     * the same distance, as English puts times after the verb phrase.
     */
    private boolean modifiesAnother(TimeMention t, int anchor, int end, java.util.Map<Integer, Integer> others) {
        double mine = distance(t, anchor, end);
        for (var o : others.entrySet()) {
            // A trigger enclosing this one ("behind the July 15 cyber-attack") leaves it its time.
            boolean encloses = o.getKey() < anchor && anchor < o.getValue();
            if (o.getKey() != anchor && !encloses && distance(t, o.getKey(), o.getValue()) < mine)
                return true;
        }
        return false;
    }

    private double distance(TimeMention t, int anchor, int end) {
        int from = tokens.get(anchor).start();
        int to = tokens.get(end - 1).end();
        double d = t.end() <= from ? 1.5 * (from - t.end()) : Math.max(0, t.start() - to);
        // A comma between them ("… from Berlin on Thursday, accusing …") sets the time apart; so
        // does a conjunction after it ("recalled its ambassador in August 2021 and downgraded ties"),
        // as the time closes the clause before.
        int lo = Math.min(t.end(), from), hi = Math.max(t.start(), to);
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token k = tokens.get(i);
            if (k.start() >= lo && k.end() <= hi && (k.text().equals(",") || t.end() <= from && k.pos().equals("CCONJ")))
                d += COMMA;
        }
        return d;
    }

    private int indexOf(Arg a) {
        for (int k = 0; k < args.size(); k++)
            if (args.get(k).arg() == a)
                return k;
        throw new IllegalArgumentException("not an argument of this clause");
    }

    private boolean barrierBetween(int from, int to) {
        for (int i = from; i < to; i++)
            if (isBarrier(tokens.get(i)))
                return true;
        return false;
    }

    /**
     * "to the UN", "in Tirana": a mention governed by a preposition is not a subject. "of" attaches
     * it to the noun before, which decides: "the leaders of the Islamic Republic criticize" is a
     * subject, "a copy to the chairman of the Security Council" is not.
     */
    private boolean isPrepositionalObject(Placed p) {
        return governedFrom(p.first()) != Governor.NONE;
    }

    private enum Governor { NONE, PREPOSITION, VERB }

    /** What governs the noun phrase ending just before token {@code first}: a preposition, a verb, or nothing. */
    private Governor governedFrom(int first) {
        for (int i = first - 1; i >= Math.max(sentence.firstToken(), first - 5); i--) {
            String tag = pos(i);
            // "In May 2018 Morocco severed ties": the preposition governs the date, which ends at the year.
            if (tag.equals("NUM") && tokens.get(i).isYear())
                return Governor.NONE;
            if (tag.equals("ADP"))
                return tokens.get(i).text().equalsIgnoreCase("of") ? governedFrom(i) : Governor.PREPOSITION;
            if (tag.equals("VERB") && first - i <= 4)
                return cues.is("reporting", tokens.get(i)) ? Governor.NONE : Governor.VERB;
            if (!tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("NUM") && !tag.equals("PROPN") && !tag.equals("NOUN")
                    && !tag.equals("PART"))
                return Governor.NONE;
        }
        return Governor.NONE;
    }

    /** "criticize Tirana’s decision": a mention right after a verb is its object, not a subject. */
    private boolean isVerbObject(Placed p) {
        for (int i = p.first() - 1; i >= Math.max(sentence.firstToken(), p.first() - 3); i--) {
            String tag = pos(i);
            if (tag.equals("VERB"))
                return !cues.is("reporting", tokens.get(i));
            if (!tag.equals("DET") && !tag.equals("ADJ"))
                return false;
        }
        return false;
    }

    private boolean onlyModifiers(int from, int to) {
        for (int i = from; i < to; i++) {
            String tag = pos(i);
            if (!tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("NUM") && !tag.equals("PUNCT") || isBarrier(tokens.get(i)))
                return false;
        }
        return true;
    }

    /** Determiners, adjectives and common nouns only, ending in a noun: "the regional power distributor". */
    private boolean descriptionOnly(int from, int to) {
        if (to - 1 < from || !pos(to - 1).equals("NOUN"))
            return false;
        for (int i = from; i < to; i++) {
            String tag = pos(i);
            if (!tag.equals("DET") && !tag.equals("ADJ") && !tag.equals("NOUN") && !tag.equals("NUM"))
                return false;
        }
        return true;
    }

    private boolean onlyCoordination(int from, int to) {
        if (to - from > 3)
            return false;
        for (int i = from; i < to; i++) {
            String tag = pos(i);
            String w = tokens.get(i).text();
            if (!(tag.equals("CCONJ") || tag.equals("DET") || w.equals(",")))
                return false;
        }
        return true;
    }

    /**
     * Who is speaking in this sentence: the subject of a reporting verb ("Rama said"), the one after
     * "according to" or after a quotation ("…,” he said), else, within a quotation, its speaker.
     */
    /**
     * Who speaks the words at token {@code anchor}: the subject of the nearest reporting verb before
     * it ("the ministry announced the recall, hours after German prosecutors said they had opened an
     * investigation"), else the sentence's speaker.
     */
    Participant speakerFor(int anchor) {
        for (int i = anchor - 1; i >= sentence.firstToken(); i--) {
            Token t = tokens.get(i);
            if (!cues.is("reporting", t) || !isVerbal(i) || naming(i))
                continue;
            Arg before = subject(i);
            if (before != null)
                return before.who();
        }
        return speaker;
    }

    /** "a hacker group called the Lazarus Group": a naming verb between a noun and a name. */
    private boolean naming(int i) {
        if (!cues.is("naming", tokens.get(i)) || i == sentence.firstToken() || !pos(i - 1).equals("NOUN"))
            return false;
        int next = i + 1 < sentence.endToken() && pos(i + 1).equals("DET") ? i + 2 : i + 1;
        return next < sentence.endToken() && (pos(next).equals("PROPN") || args.stream().anyMatch(p -> p.first() == next));
    }

    private Participant findSpeaker(Participant previous) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token t = tokens.get(i);
            if (!cues.is("reporting", t) || !(isVerbal(i) || pos(i).equals("ADJ") || pos(i).equals("NOUN") && t.lemma().equals("according"))
                    || naming(i))
                continue;
            Arg before = subject(i);
            speakerToken = i;
            if (before != null)
                return before.who();
            // "…,” said Rama": the name right after the verb; not the subject of a that-clause.
            for (Placed p : args)
                if (p.first() == i + 1 || p.first() == i + 2 && pos(i + 1).equals("DET"))
                    return p.arg().who();
            speakerToken = -1;
        }
        // "Rama presented evidence that Iran …": a person naming a that-clause speaks it.
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token t = tokens.get(i);
            if (!t.lemma().equals("that") || !(t.pos().equals("SCONJ") || t.pos().equals("PRON")))
                continue;
            for (Placed p : args)
                if (p.end() <= i && p.arg().who().person() && !isPrepositionalObject(p)) {
                    speakerToken = p.first();
                    return p.arg().who();
                }
        }
        // Within a quotation, its speaker (the caller passes the one it knows, or null).
        return previous;
    }
}

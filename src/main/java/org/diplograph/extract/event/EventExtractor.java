package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.diplograph.analyse.Annotator;
import org.diplograph.analyse.Document;
import org.diplograph.analyse.Sentence;
import org.diplograph.analyse.Token;
import org.diplograph.temporal.TimeMention;
import org.diplograph.temporal.TimeValue;

/**
 * Finds events and claims: trigger phrases of the event-type lexicon, their arguments from the
 * sentence (the subject before the trigger, "with X", "against X" after it, the passive's patient,
 * coordinated subjects), their date, and who said so. Accusations, attributions and denials become
 * claims with claimant, speaker and stance; an attack whose perpetrator the sentence names is
 * recorded as the speaker's attribution, never as a fact.
 */
public final class EventExtractor implements Annotator {

    // The extraction roles of ontology/event-types.ttl (dg:extractionRole), by local name.
    static final String CLAIM = "AsClaim", ATTRIBUTION = "AsAttribution", DENIAL = "AsDenial", ATTACK = "AsAttack",
            THREAT = "AsThreat", RELATION = "AsRelation", AID = "AsAid";

    /** How far an argument may stand from the trigger, in tokens. */
    private static final int REACH = 6;

    private final EventTypes types;
    private final Cues cues;
    private final ArgSource argSource;

    public EventExtractor(EventTypes types, Cues cues, ArgSource argSource) {
        this.types = types;
        this.cues = cues;
        this.argSource = argSource;
    }

    @Override
    public void annotate(Document doc) {
        Sentences ctx = new Sentences(doc, argSource.args(doc), cues, argSource.datelineState(doc));
        Template template = null;
        // A claimant's later words in the article, undated, were said when its dated ones were.
        java.util.Map<Participant, TimeValue> claimTimes = new java.util.HashMap<>();
        int templateSentence = -1;
        TimeValue lastAttack = null;
        int lastAttackSentence = -1;
        Participant victim = null;
        int victimSentence = -1;
        // The previous sentence's mentions wait one sentence, which may still date them.
        List<EventMention> told = new ArrayList<>();
        // The types the article has told so far, for anaphoric triggers ("the attack").
        List<EventType> toldTypes = new ArrayList<>();
        int lastToldSentence = -10;
        Participant accusedLast = null;
        java.util.Map<Retelling, TimeValue> dated = new java.util.HashMap<>();
        for (int si = 0; si < doc.sentences().size(); si++) {
            Sentence s = doc.sentences().get(si);
            Clause c = ctx.clause(s);
            List<EventMention> found = new ArrayList<>();
            // A question asserts nothing: "why did Iran attack Albania?"
            // An anaphoric trigger refers to an event told in the last few sentences.
            List<EventType> recentTypes = si - lastToldSentence <= 3 ? toldTypes : List.of();
            List<Trigger> triggers = isQuestion(doc.tokens(), s) ? List.of() : triggers(doc.tokens(), s, recentTypes);
            TimeValue backDate = backDate(c);
            for (EventMention m : told)
                doc.add(retold(m.time() == null && backDate != null ? m.withTime(backDate) : m, dated));
            told.clear();
            // A word of a hyphenated compound the trigger did not take whole is no trigger:
            // "Distributed-Denial-of-Service".
            triggers = triggers.stream().filter(t -> t.end() - t.anchor() > 1 || !hyphenated(doc.tokens(), t.anchor(), s)).toList();
            // A noun trigger that modifies the noun after it is no event: "a hacking group", "the
            // entire hacking capacity".
            triggers = triggers.stream().filter(t -> !modifiesNoun(doc.tokens(), t, s)).toList();
            // A trigger word inside a name is no trigger: "Federal Bureau of Investigation".
            triggers = triggers.stream().filter(t -> !c.inName(t.anchor()) && c.args().stream()
                    .noneMatch(p -> p.first() <= t.anchor() && t.anchor() < p.end() && !isPronoun(doc.tokens().get(p.first())))).toList();
            if (triggers.isEmpty() && template != null && si - templateSentence <= 3)
                found.addAll(imitations(c, template));
            java.util.Map<Integer, Integer> anchors = new java.util.HashMap<>();
            triggers.forEach(t -> anchors.merge(t.anchor(), t.end(), Math::max));
            for (Trigger t : triggers)
                if (!negated(doc.tokens(), s, t)) {
                    found.addAll(build(c, t, anchors, new Told(ctx.statesInView(c), si - victimSentence <= 2 ? victim : null,
                            si - victimSentence <= 3 ? victim : null, accusedLast)));
                    if (!t.type().has(CLAIM) && !t.type().has(DENIAL) && !t.type().has(ATTACK)) {
                        template = new Template(t, c, c.after(t.end(), t.type().targetPrepositions()),
                                c.timeNear(t.anchor(), t.end(), anchors));
                        templateSentence = si;
                    }
                }
            boolean anaphoric = startsAnaphoric(doc.tokens(), s);
            // "Estonia expelled two diplomats on Monday, saying Russia was behind the attack": a
            // claim the sentence dates no other way was made when its claimant acted.
            java.util.Map<Participant, TimeValue> actedAt = new java.util.HashMap<>();
            found.stream().filter(m -> !m.isClaim() && m.actor() != null && m.time() != null).forEach(m -> actedAt.putIfAbsent(m.actor(), m.time()));
            for (EventMention m0 : subsumed(found)) {
                EventMention m = m0.isClaim() && m0.time() == null && actedAt.containsKey(m0.actor()) ? m0.withTime(actedAt.get(m0.actor())) : m0;
                if (m.isClaim() && m.time() == null && claimTimes.containsKey(m.actor()))
                    m = m.withTime(claimTimes.get(m.actor()));
                if (m.isClaim() && m.time() != null)
                    claimTimes.put(m.actor(), m.time());
                // "… the attack by the Stuxnet virus in 2010. This was the first cyber-attack against
                // Iran.": a sentence opened by "this was" goes on about the attack just told.
                if (!m.isClaim() && m.type().has(ATTACK)) {
                    if (m.time() == null && anaphoric && lastAttack != null && si - lastAttackSentence == 1)
                        m = m.withTime(lastAttack);
                    if (m.time() != null) {
                        lastAttack = m.time();
                        lastAttackSentence = si;
                    }
                    if (m.target() != null) {
                        victim = m.target();
                        victimSentence = si;
                    }
                }
                told.add(m);
                if (!toldTypes.contains(m.type()))
                    toldTypes.add(m.type());
                if (m.isClaim() && m.type().has(ATTRIBUTION) && m.attributedTo() != null)
                    accusedLast = m.attributedTo();
                lastToldSentence = si;
            }
            ctx.after(c);
        }
        told.forEach(m -> doc.add(retold(m, dated)));
    }

    /**
     * "This happened in 1997 … EU governments withdrew their ambassadors from Tehran": an undated
     * event the article told before with a date, the same type between the same parties, is that
     * event told again and has its date.
     */
    private record Retelling(String type, Participant actor, Participant target) {}

    private static EventMention retold(EventMention m, java.util.Map<Retelling, TimeValue> dated) {
        if (m.isClaim() || m.actor() == null)
            return m;
        Retelling key = new Retelling(m.type().name(), m.actor(), m.target());
        if (m.time() == null)
            return dated.containsKey(key) ? m.withTime(dated.get(key)) : m;
        dated.put(key, m.time());
        return m;
    }

    /**
     * "This happened in 1997, due to …", "It took place in March": an anaphoric subject, an
     * occurrence verb and a time date what the sentence before told; the time is the one nearest
     * after the verb.
     */
    private TimeValue backDate(Clause c) {
        List<Token> tokens = c.tokens();
        int i = c.sentence().firstToken();
        if (c.sentence().endToken() - i < 3 || !cues.is("anaphora", tokens.get(i)))
            return null;
        int verb = i + 1;
        while (verb < c.sentence().endToken() - 1 && tokens.get(verb).pos().equals("AUX") && !tokens.get(verb).lemma().equals("be"))
            verb++;
        Token v = tokens.get(verb);
        // "That was in 2012": the copula with a preposition right after it.
        boolean copula = v.lemma().equals("be") && tokens.get(verb + 1).pos().equals("ADP");
        if (!copula && !(v.pos().equals("VERB") && cues.is("occurrence", v)))
            return null;
        return c.timeNear(verb, verb + 1, java.util.Map.of());
    }

    /** "This was …", "It was …": an anaphoric subject with a copula opens the sentence. */
    private boolean startsAnaphoric(List<Token> tokens, Sentence s) {
        int i = s.firstToken();
        return s.endToken() - i > 2 && cues.is("anaphora", tokens.get(i))
                && tokens.get(i + 1).pos().equals("AUX") && tokens.get(i + 1).lemma().equals("be");
    }

    private static boolean modifiesNoun(List<Token> tokens, Trigger t, Sentence s) {
        if (t.pattern().length() > 1)
            return false;
        Token last = tokens.get(t.end() - 1);
        boolean nominal = last.pos().equals("NOUN") || last.text().toLowerCase(java.util.Locale.ROOT).endsWith("ing");
        return nominal && t.end() < s.endToken() && tokens.get(t.end()).pos().equals("NOUN");
    }

    private static boolean hyphenated(List<Token> tokens, int i, Sentence s) {
        Token t = tokens.get(i);
        boolean before = i > s.firstToken() && tokens.get(i - 1).text().equals("-") && tokens.get(i - 1).end() == t.start();
        boolean after = i + 1 < s.endToken() && tokens.get(i + 1).text().equals("-") && tokens.get(i + 1).start() == t.end();
        return before || after;
    }

    private static boolean isPronoun(Token t) {
        return t.pos().equals("PRON");
    }

    private static boolean isQuestion(List<Token> tokens, Sentence s) {
        for (int i = s.endToken() - 1; i >= s.firstToken(); i--) {
            String w = tokens.get(i).text();
            if (!w.equals("\"") && !w.equals("\u201D") && !w.equals(")"))
                return w.equals("?");
        }
        return false;
    }

    /** The type's own actor prepositions, else the language's passive agent marker ("by"). */
    private Set<String> agentPrepositions(EventType type) {
        return type.actorPrepositions().isEmpty() ? cues.list("passiveAgent") : type.actorPrepositions();
    }

    /** The last event an article told, actor or not, for sentences that say others did the same. */
    private record Template(Trigger trigger, Clause clause, Participant target, TimeValue time) {}

    /**
     * "Saudi Arabia’s action is followed by Bahrain, Sudan and Kuwait", "the USA did the same": a
     * sentence with no trigger of its own but an imitation cue makes each party it names, other than
     * the earlier event's, the actor of a like event, at this sentence's time or else that one's.
     */
    private List<EventMention> imitations(Clause c, Template tpl) {
        List<EventMention> out = new ArrayList<>();
        List<Token> tokens = c.tokens();
        boolean cue = false;
        for (int i = c.sentence().firstToken(); i < c.sentence().endToken() && !cue; i++)
            // A capital inside the sentence is a name's: "the Suits and Spooks conference".
            cue = cues.is("imitation", tokens.get(i)) && (i == c.sentence().firstToken() || Character.isLowerCase(tokens.get(i).text().charAt(0)))
                    && !takesObject(tokens, i, c.sentence());
        if (!cue)
            return out;
        // Each time of the sentence goes to the party named nearest it.
        java.util.Map<Integer, Integer> parties = new java.util.HashMap<>();
        c.args().forEach(p -> parties.put(p.first(), p.end()));
        for (Clause.Placed p : c.args()) {
            Participant who = p.arg().who().party();
            if (!who.canAct() || who.equals(tpl.target()) || tpl.clause().args().stream().anyMatch(a -> a.arg().who().party().equals(who)))
                continue;
            if (out.stream().anyMatch(m -> m.actor().equals(who)))
                continue;
            TimeValue time = c.timeNear(p.first(), p.end(), parties);
            if (!tpl.trigger().type().accepts(tpl.target() == null ? null : tpl.target().kind()))
                continue;
            out.add(new EventMention(tpl.trigger().type(), p.arg().start(), p.arg().end(), who, tpl.target(), null, null,
                    null, time != null ? time : tpl.time(), null));
        }
        return out;
    }

    /**
     * "follow the patching information", "followed the guidance": a cue verb with an object of its
     * own is no imitation; "followed suit", "followed by Bahrain", "did the same" are.
     */
    private boolean takesObject(List<Token> tokens, int i, Sentence s) {
        if (!tokens.get(i).pos().equals("VERB") || i + 1 >= s.endToken())
            return false;
        Token next = tokens.get(i + 1);
        return Set.of("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM").contains(next.pos()) && !cues.is("imitation", next)
                && !(i + 2 < s.endToken() && cues.is("imitation", tokens.get(i + 2)));
    }

    /** "the attack", "this intrusion", "the said attack": a definite noun, which refers back. */
    private static boolean definite(List<Token> tokens, int i, Sentence s) {
        if (!tokens.get(i).pos().equals("NOUN"))
            return false;
        for (int k = i - 1; k >= Math.max(s.firstToken(), i - 2); k--) {
            String lemma = tokens.get(k).lemma();
            if (lemma.equals("the") || lemma.equals("this") || lemma.equals("that"))
                return true;
            if (!tokens.get(k).pos().equals("ADJ") && !tokens.get(k).pos().equals("VERB"))
                return false;
        }
        return false;
    }

    /** A matched trigger: tokens [anchor, end) of the sentence. */
    record Trigger(EventType type, TriggerPattern pattern, int anchor, int end) {}

    private List<Trigger> triggers(List<Token> tokens, Sentence s, List<EventType> told) {
        List<Trigger> found = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Set<String> forms = Words.forms(tokens.get(i));
            String compound = Words.compound(tokens, i, s.endToken());
            if (compound != null)
                forms.add(compound);
            for (String f : forms)
                for (TriggerPattern p : types.withAnchor(f)) {
                    // A one-word anaphoric trigger must be a definite noun ("the attack"); a phrase
                    // ("backing the findings") says enough by itself.
                    if (types.isAnaphoric(p) && (told.stream().noneMatch(k -> k.isA(types.typeOf(p).name()))
                            || p.length() == 1 && !definite(tokens, i, s)))
                        continue;
                    int end = p.match(tokens, i, s.endToken());
                    if (end > 0)
                        found.add(new Trigger(types.typeOf(p), p, i, end));
                }
        }
        // The longest reading wins over a shorter one of the same or a related type inside it:
        // "accused Iran of a cyberattack" is an attribution, not also a bare accusation.
        found.sort(Comparator.comparingInt((Trigger t) -> t.end() - t.anchor()).reversed()
                .thenComparingInt(t -> -t.pattern().length()).thenComparingInt(Trigger::anchor));
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : found) {
            boolean covered = kept.stream().anyMatch(k -> k.anchor() <= t.anchor() && t.end() <= k.end()
                    && (k.type().isA(t.type().name()) || t.type().isA(k.type().name())));
            if (!covered)
                kept.add(t);
        }
        kept.sort(Comparator.comparingInt(Trigger::anchor));
        // What a threat threatens ("threatened new sanctions", "reserves the right to take reciprocal
        // action") has not happened: it is the threat's content, not an event of its own.
        List<Trigger> threats = kept.stream().filter(t -> t.type().has(THREAT)).toList();
        // A verb coordinated with the threat is an act of its own: "have threatened or removed their
        // ambassadors".
        kept.removeIf(t -> !t.type().has(THREAT) && threats.stream()
                .anyMatch(th -> t.anchor() >= th.end() && t.anchor() - th.end() <= REACH && !coordinated(tokens, th, t)));
        return kept;
    }

    private static boolean coordinated(List<Token> tokens, Trigger threat, Trigger t) {
        return t.anchor() == threat.end() + 1 && tokens.get(threat.end()).pos().equals("CCONJ")
                && tokens.get(t.anchor()).pos().equals("VERB");
    }

    /**
     * "accused Iran of targeting the networks": the attribution says all the accusation says, so the
     * bare accusation of the same parties in the same sentence is dropped.
     */
    private static List<EventMention> subsumed(List<EventMention> found) {
        List<EventMention> out = new ArrayList<>();
        for (EventMention m : found) {
            boolean covered = m.type().has(CLAIM) && !m.type().has(ATTRIBUTION) && found.stream().anyMatch(o -> o != m
                    && o.type().has(ATTRIBUTION) && java.util.Objects.equals(o.actor(), m.actor())
                    && java.util.Objects.equals(o.attributedTo(), m.target()));
            // One sentence, one claim of the same parties: "accused Iran of targeting … and hacking".
            boolean repeated = m.isClaim() && out.stream().anyMatch(o -> o.isClaim() && o.type().equals(m.type())
                    && o.stance() == m.stance() && java.util.Objects.equals(o.actor(), m.actor())
                    && java.util.Objects.equals(o.attributedTo(), m.attributedTo())
                    && java.util.Objects.equals(o.target(), m.target()));
            if (!covered && !repeated)
                out.add(m);
        }
        return out;
    }

    /** "did not sever ties": a negation shortly before the trigger, in the same clause. */
    private boolean negated(List<Token> tokens, Sentence s, Trigger t) {
        for (int i = t.anchor() - 1; i >= Math.max(s.firstToken(), t.anchor() - 3); i--) {
            Token tok = tokens.get(i);
            if (Clause.isBarrier(tok))
                return false;
            if (cues.is("negation", tok))
                return true;
        }
        return false;
    }

    /**
     * What the article told before that a sentence may lean on.
     *
     * @param recentStates the states the article names, the most often named first
     * @param victim       the victim of an attack told in the last two sentences, for help given to it
     * @param lastVictim   the victim of an attack told in the last three, for "the attack" told again
     * @param lastAccused  whom the article's last attribution held responsible, for "backing the findings"
     */
    private record Told(List<Participant> recentStates, Participant victim, Participant lastVictim, Participant lastAccused) {}

    private List<EventMention> build(Clause c, Trigger t, java.util.Map<Integer, Integer> anchors, Told told) {
        return build0(c, t, anchors, told).stream()
                .filter(m -> m.isClaim() || m.type().accepts(m.target() == null ? null : m.target().kind())).toList();
    }

    private List<EventMention> build0(Clause c, Trigger t, java.util.Map<Integer, Integer> anchors, Told told) {
        EventType type = t.type();
        TimeValue time = c.timeNear(t.anchor(), t.end(), anchors);
        int reported = c.reportingGovernor(t.anchor());
        if (reported >= 0)
            time = c.timeWithin(reported + 1, t.anchor());
        if (type.has(CLAIM) || type.has(DENIAL))
            return claim(c, t, claimTime(c, t, anchors, time), types.isAnaphoric(t.pattern()) ? told.lastAccused() : null);
        if (type.has(ATTACK)) {
            List<EventMention> out = attack(c, t, time, types.isAnaphoric(t.pattern()) ? told.lastVictim() : null);
            TimeValue said = claimTime(c, t, anchors, null);
            return out.stream().map(m -> m.isClaim() ? m.withTime(said) : m).toList();
        }
        if (possible(c, t))
            return List.of();
        return event(c, t, time, told.recentStates(), told.victim());
    }

    /** "we can investigate", "should impose sanctions": a modal right before the event verb; not "may have expelled". */
    private boolean possible(Clause c, Trigger t) {
        if (!c.isVerbal(t.anchor()))
            return false;
        List<Token> tokens = c.tokens();
        for (int i = t.anchor() - 1; i >= Math.max(c.sentence().firstToken(), t.anchor() - 3); i--) {
            Token tok = tokens.get(i);
            if (cues.is("possibility", tok))
                return true;
            if (!tok.pos().equals("ADV") && !(tok.pos().equals("AUX") && tok.lemma().equals("be")))
                return false;
        }
        return false;
    }

    /**
     * When a claim was made: the time nearest the reporting verb ("On September 7, Rama declared
     * that Iran was behind the July 15 attack"), else, without a reporting verb, the trigger's own.
     */
    private static TimeValue claimTime(Clause c, Trigger t, java.util.Map<Integer, Integer> anchors, TimeValue fallback) {
        int at = c.speakerToken();
        if (at < 0)
            return fallback;
        java.util.Map<Integer, Integer> all = new java.util.HashMap<>(anchors);
        all.put(at, at + 1);
        return c.timeNear(at, at + 1, all);
    }

    /** An action of one party on another: severing ties, expelling, condemning, appealing… */
    private List<EventMention> event(Clause c, Trigger t, TimeValue time, List<Participant> recentStates, Participant victim) {
        boolean passive = c.isPassive(t.anchor());
        Participant target = c.after(t.end(), t.type().targetPrepositions());
        if (target == null && !passive)
            target = c.objectOf(t.anchor(), t.end());
        if (target == null && !passive)
            target = c.inside(t.anchor(), t.end(), t.type().actorPrepositions(), t.type().targetPrepositions());
        if (target != null)
            target = target.party();
        List<Arg> subjects = passive ? List.of() : c.subjects(t.anchor());
        // A bare event noun takes as actor only the subject of a verb that governs it ("the FBI
        // opened an investigation"), not a name that happens to precede it ("Cosoi, director of
        // the investigation").
        if (t.end() - t.anchor() == 1 && c.tokens().get(t.anchor()).pos().equals("NOUN") && !subjects.isEmpty()
                && !c.governedBySubjectsVerb(subjects.get(subjects.size() - 1), t.anchor()))
            subjects = List.of();
        // "their investigation", "Iran's investigation": the possessor of an event noun acts.
        Arg possessor = c.tokens().get(t.anchor()).pos().equals("NOUN") ? c.possessorOf(t.anchor()) : null;
        if (subjects.isEmpty() && possessor != null && possessor.who().canAct())
            subjects = List.of(possessor);
        if (passive) {
            Arg patient = c.subject(t.anchor());
            // "Lepik said the two men had been declared persona non grata": the speaker is not the patient.
            if (target == null && patient != null && !patient.who().equals(c.speaker()))
                target = patient.who();
            Participant agent = c.after(t.end(), agentPrepositions(t.type()), 3);
            if (agent != null)
                subjects = List.of(new Arg(0, 0, agent));
        }
        Participant speaker = c.speakerFor(t.anchor());
        List<EventMention> out = new ArrayList<>();
        if (subjects.isEmpty()) {
            // Only a passive leaves the actor to the speaker ("diplomats would be given 24 hours").
            // A fronted phrase ("In a letter to the Security Council, Hoxha informed …") is the
            // speaker's act.
            boolean nominal = c.tokens().get(t.anchor()).pos().equals("NOUN") && c.inFrontedPhrase(t.anchor());
            Participant actor = (passive || nominal) && speaker != null ? speaker.party() : null;
            if (actor == null || actor.equals(target) || actor.person())
                return out;
            out.add(mention(c, t, subjects, actor, target, null, speaker, null, time, null));
            return out;
        }
        for (Arg a : subjects) {
            Participant who = a.who();
            // A person whose state or organisation the text leaves unknown ("Fitz said the agency
            // …", "Cable said the bug was investigated") acts for no party an event could name.
            if (!who.canAct() || who.party().equals(target) || who.party().person())
                continue;
            Participant sp = who.person() ? who : speaker;
            Participant partner = target;
            // A break of relations has a partner even where the sentence leaves it implicit
            // ("Canada severed all ties"): the state the text was last about.
            if (partner == null && t.type().has(RELATION))
                partner = Clause.topicState(who.party(), recentStates);
            // Help given right after an attack is told goes to its victim ("NATO experts are
            // providing support").
            if (partner == null && t.type().has(AID) && victim != null && !victim.equals(who.party()))
                partner = victim;
            out.add(mention(c, t, List.of(a), who.party(), partner, null, sp, null, time, null));
        }
        return out;
    }

    /**
     * An accusation, attribution or denial: a claim, with the claimant as actor; one per claimant
     * when subjects are coordinated ("the US and Britain blamed North Korea").
     */
    private List<EventMention> claim(Clause c, Trigger t, TimeValue time, Participant accusedBefore) {
        EventType type = t.type();
        Stance stance = type.has(DENIAL) ? Stance.DENIES
                : c.hedged(t.anchor()) ? Stance.SUSPECTS : Stance.ASSERTS;
        Participant speaker = c.speakerFor(t.anchor());
        Participant accused = null;
        List<Arg> claimants = List.of();
        Participant byAgent = null;
        if (type.has(CLAIM) && c.isAdjectival(t.anchor())) {
            // "Iran was behind the attack": the one before is the accused, the claimant the reporter.
            Arg a = c.subject(t.anchor());
            accused = a == null ? null : a.who();
            // "Israel has admitted that it was involved": an admission is reported by another.
            if (accused != null && speaker != null && speaker.party().equals(accused.party()))
                speaker = c.speaker();
        } else if (c.isPassive(t.anchor())) {
            // "Iran has been accused of the attack": the subject is the accused, the agent the claimant.
            Arg a = c.subject(t.anchor());
            accused = a == null ? null : a.who();
            byAgent = c.after(t.end(), Set.of("by"), 3);
        } else {
            claimants = c.subjects(t.anchor()).stream().filter(a -> a.who().canAct()).toList();
            if (stance != Stance.DENIES) {
                accused = c.objectOf(t.anchor(), t.end());
                if (accused == null)
                    accused = c.after(t.end(), type.targetPrepositions());
                // "issued statements backing Canberra's findings": the attribution told before.
                if (accusedBefore != null)
                    accused = accusedBefore;
            }
        }
        List<EventMention> out = new ArrayList<>();
        if (claimants.isEmpty() || stance == Stance.DENIES && speaker != null) {
            Participant claimant = byAgent != null ? byAgent : speaker;
            EventMention m = claimant == null ? null : claimBy(c, t, List.of(), claimant, accused, speaker, stance, time);
            if (m != null)
                out.add(m);
            return out;
        }
        for (Arg a : claimants) {
            EventMention m = claimBy(c, t, List.of(a), a.who(), accused, speaker, stance, time);
            if (m != null && out.stream().noneMatch(o -> o.actor().equals(m.actor())))
                out.add(m);
        }
        return out;
    }

    private EventMention claimBy(Clause c, Trigger t, List<Arg> subj, Participant claimant, Participant accused,
                                 Participant speaker, Stance stance, TimeValue time) {
        Participant sp = claimant.person() ? claimant : speaker;
        Participant party = claimant.party();
        if (stance == Stance.DENIES)
            accused = party;
        if (accused != null)
            accused = named(accused);
        if (accused == null || accused.equals(party) && stance != Stance.DENIES)
            return null;
        boolean accusation = t.type().has(ATTRIBUTION) || stance == Stance.DENIES;
        return mention(c, t, subj, party, accusation ? null : accused, accusation ? accused : null, sp, stance, time, null);
    }

    /**
     * An attack: the event itself, with its target but no perpetrator, and, where the sentence names
     * one ("Iran launched a cyberattack", "hacked by X"), the attribution as the reporter's claim.
     */
    private List<EventMention> attack(Clause c, Trigger t, TimeValue time, Participant victimToldBefore) {
        EventType type = t.type();
        Participant target = c.after(t.end(), type.targetPrepositions());
        if (target == null)
            target = c.inside(t.anchor(), t.end(), type.actorPrepositions(), type.targetPrepositions(), true);
        if (target == null && c.isVerbal(t.anchor()))
            target = c.objectOf(t.anchor(), t.end());
        if (target == null)
            target = c.passiveSubjectBefore(t.anchor(), agentPrepositions(type));
        // "The attack on February 14 flooded the portal": the attack told before, on its victim.
        if (target == null)
            target = victimToldBefore;
        List<EventMention> out = new ArrayList<>();
        // A bare "cyberattacks", with neither target nor time, names no particular attack; nor does
        // a plural without a time ("a victim of cyberattacks"): it speaks of attacks in general.
        boolean plural = plural(c.tokens(), t) && !collective(c.tokens(), t.anchor(), c.sentence());
        // Attacks in the plural ("55 cyber attacks in 2016"), or without target, time or article
        // ("$225 per stolen record"), are attacks in general, not one event.
        boolean generic = plural || time == null && target == null || target == null && !c.determined(t.anchor());
        EventMention attack = mention(c, t, List.of(), null, target == null ? null : target.party(), null, null, null, time, null);
        if (!generic)
            out.add(attack);
        Participant agent = c.after(t.end(), type.actorPrepositions(), 2);
        if (agent == null)
            agent = c.perpetratorAfter(t.end());
        if (agent == null)
            agent = c.attemptBy(t.anchor());
        if (agent == null)
            agent = c.affiliatedAgentBefore(t.anchor());
        boolean byAgent = agent != null;
        Arg subject = c.agentBefore(t.anchor());
        if (agent == null && subject != null)
            agent = subject.who();
        Participant speaker = c.speakerFor(t.anchor());
        if (agent == null || !agent.canAct() || agent.person() || speaker == null || agent.party().equals(speaker.party()))
            return out;
        // Blaming someone for attacks in general ("has resorted to … cyberattacks") is an accusation;
        // naming the perpetrator of one attack is an attribution.
        boolean general = plural && !byAgent;
        EventType attribution = general ? types.declaring(CLAIM) : types.declaring(ATTRIBUTION);
        if (attribution == null)
            return out;
        Stance stance = c.hedged(t.anchor()) ? Stance.SUSPECTS : Stance.ASSERTS;
        Participant accused = named(agent);
        out.add(mention(c, new Trigger(attribution, t.pattern(), t.anchor(), t.end()), subject == null ? List.of() : List.of(subject),
                speaker.party(), general ? accused : null, general ? null : accused, speaker.person() ? speaker : null,
                stance, time, attack));
        return out;
    }

    /**
     * Who a claim holds responsible, as the text names it: "the GRU", "APT28", not the state behind
     * them, which the graph links (dg:affiliation); a person stands for the party they speak for.
     */
    private static Participant named(Participant accused) {
        return accused.person() ? accused.party() : accused;
    }

    /** "a wave of cyberattacks", "a series of coordinated attacks": many attacks told as one. */
    private boolean collective(List<Token> tokens, int anchor, Sentence s) {
        int k = anchor - 1;
        while (k > s.firstToken() && (tokens.get(k).pos().equals("ADJ") || tokens.get(k).pos().equals("NOUN")) && anchor - k <= 2)
            k--;
        return k > s.firstToken() && tokens.get(k).text().equalsIgnoreCase("of") && cues.is("collective", tokens.get(k - 1));
    }

    /** Whether the trigger's noun is plural ("cyber-attacks"), speaking of attacks in general. */
    private static boolean plural(List<Token> tokens, Trigger trigger) {
        for (int i = trigger.anchor(); i < trigger.end(); i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            // "attacks" has the lemma "attack"; "virus" is its own.
            if (w.endsWith("s") && !w.equals(t.lemma()) && !t.pos().equals("VERB") && !t.pos().equals("AUX"))
                return true;
        }
        return false;
    }

    private static EventMention mention(Clause c, Trigger t, List<Arg> before, Participant actor, Participant target,
                                        Participant attributedTo, Participant speaker, Stance stance, TimeValue time,
                                        EventMention about) {
        int start = c.tokens().get(t.anchor()).start();
        for (Arg a : before)
            if (a.end() > 0 && a.start() < start && a.start() >= c.sentence().start())
                start = a.start();
        int end = c.tokens().get(t.end() - 1).end();
        Participant person = speaker != null && speaker.person() ? speaker : null;
        return new EventMention(t.type(), start, end, actor, target, attributedTo, person, stance, time, about);
    }
}

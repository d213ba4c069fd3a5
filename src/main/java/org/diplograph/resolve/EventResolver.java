package org.diplograph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.diplograph.analyse.Document;
import org.diplograph.extract.event.EventMention;
import org.diplograph.extract.event.Participant;
import org.diplograph.map.Iris;
import org.diplograph.temporal.Precision;
import org.diplograph.temporal.TimeValue;

/**
 * Resolves event mentions across articles: the same attack told by five articles is one event.
 * Mentions of one type with the same actor and target are one event when their times agree at the
 * precision both give (July 2022 and 15 July 2022 agree). A mention without a time joins the latest
 * such event on or before its article's date; one without a target or actor joins the one event
 * that matches it otherwise. Keys come from content, so adding articles does not change them.
 */
public final class EventResolver {

    /**
     * What makes tellings one event: the type and the parties. An event told with neither actor nor
     * target ("the 2016 hack") is only known within its article, so its article is part of its key.
     */
    private record Key(String type, Participant actor, Participant target, String article) {}

    /** How long before its article an event counts as recent news. */
    private static final int RECENT_DAYS = 92;

    private static final class Cluster {
        final Key key;
        TimeValue time;
        final List<EventMention> members = new ArrayList<>();

        Cluster(Key key, TimeValue time) {
            this.key = key;
            this.time = time;
        }

        String slug() {
            StringBuilder b = new StringBuilder(time == null ? "undated" : time.key());
            b.append('-').append(Iris.slug(key.type()));
            if (key.actor() != null)
                b.append('-').append(last(key.actor()));
            if (key.target() != null)
                b.append('-').append(last(key.target()));
            if (key.article() != null)
                b.append("-in-").append(Iris.slug(key.article()));
            return b.toString();
        }
    }

    private final Map<EventMention, String> articleOf = new IdentityHashMap<>();

    public synchronized void resolve(List<Document> docs) {
        articleOf.clear();
        Map<EventMention, LocalDate> published = new IdentityHashMap<>();
        java.util.Set<EventMention> lede = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<EventMention> events = new ArrayList<>();
        Map<Document, List<EventMention>> byDoc = new IdentityHashMap<>();
        for (Document d : docs) {
            List<EventMention> mentions = inheritTimes(d.all(EventMention.class), d.datePublished());
            byDoc.put(d, mentions);
            int ledeEnd = ledeEnd(d);
            for (EventMention m : mentions) {
                published.put(m, d.datePublished());
                if (m.start() < ledeEnd)
                    lede.add(m);
                articleOf.put(m, d.article().stem());
                if (!m.isClaim())
                    events.add(m);
            }
        }
        Map<EventMention, Cluster> of = cluster(events, published, lede);
        for (Document d : docs) {
            List<EventMention> mentions = byDoc.get(d);
            String salient = salientAttack(mentions, of);
            for (EventMention m : mentions) {
                if (!m.isClaim()) {
                    Cluster c = of.get(m);
                    d.add(new ResolvedEvent(m, c.slug(), c.time, null, c.key.actor(), c.key.target()));
                    continue;
                }
                Participant accused = m.attributedTo() != null ? m.attributedTo() : m.target();
                Cluster own = new Cluster(new Key(m.type().name(), m.actor(), accused, null), m.time());
                // A claim about attacks in general ("a victim of cyberattacks by X") is about its own
                // act, not about the attack the article is most about.
                String about = m.about() != null ? (of.containsKey(m.about()) ? of.get(m.about()).slug() : own.slug())
                        : salient != null ? salient : own.slug();
                d.add(new ResolvedEvent(m, own.slug(), m.time(), about, m.actor(), accused));
            }
        }
    }

    /**
     * Within one article, an undated event between two parties takes the time of the article's one
     * recent dated event between the same parties: "Albania broke ties with Iran on Wednesday …
     * Iranian diplomats would be given 24 hours to leave" tells one episode. A dated event of years
     * before ("in March 2021, Rabat suspended contact") is background, not the episode of the news.
     */
    private static List<EventMention> inheritTimes(List<EventMention> mentions, LocalDate published) {
        List<EventMention> out = new ArrayList<>();
        for (EventMention m : mentions) {
            if (m.time() != null || m.isClaim() || m.actor() == null || m.target() == null) {
                out.add(m);
                continue;
            }
            List<TimeValue> times = mentions.stream().filter(o -> !o.isClaim() && o.time() != null
                    && m.actor().equals(o.actor()) && m.target().equals(o.target()) && recent(o.time(), published))
                    .map(EventMention::time).distinct().toList();
            out.add(times.size() == 1 ? m.withTime(times.get(0)) : m);
        }
        return out;
    }

    /** Where the headline and the first paragraph after it end, in the cleaned text. */
    private static int ledeEnd(Document d) {
        String text = d.clean().text();
        int at = d.title() != null ? text.indexOf('\n') : 0;
        if (at < 0)
            return text.length();
        while (at < text.length() && Character.isWhitespace(text.charAt(at)))
            at++;
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end;
    }

    /** Whether a time falls in the three months before an article (always, when its date is unknown). */
    private static boolean recent(TimeValue t, LocalDate published) {
        return published == null || !t.first().isAfter(published) && !t.first().isBefore(published.minusDays(RECENT_DAYS));
    }

    /** The attack an article is most about: its attack told most often, the first on a tie. */
    private static String salientAttack(List<EventMention> mentions, Map<EventMention, Cluster> of) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EventMention m : mentions)
            if (!m.isClaim() && m.type().has("AsAttack"))
                counts.merge(of.get(m).slug(), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private Map<EventMention, Cluster> cluster(List<EventMention> events, Map<EventMention, LocalDate> published,
                                               java.util.Set<EventMention> lede) {
        Map<Key, List<Cluster>> byKey = new LinkedHashMap<>();
        Map<EventMention, Cluster> of = new IdentityHashMap<>();
        // Dated mentions first, finest first, so each cluster's time is its finest.
        List<EventMention> dated = new ArrayList<>(events.stream().filter(m -> m.time() != null).toList());
        dated.sort(Comparator.comparingInt((EventMention m) -> m.time().precision().ordinal())
                .thenComparing(m -> m.time().first()));
        for (EventMention m : dated) {
            Key k = key(m);
            List<Cluster> cs = byKey.computeIfAbsent(k, x -> new ArrayList<>());
            Cluster c = cs.stream().filter(x -> x.time.compatible(m.time())).findFirst().orElse(null);
            if (c == null) {
                c = new Cluster(k, m.time());
                cs.add(c);
            }
            c.members.add(m);
            of.put(m, c);
        }
        // An event told without its target or actor joins the one dated event it fits, if there is
        // exactly one: "a cyber attack on July 15" is the attack on Albania of 15 July.
        for (List<Cluster> group : new ArrayList<>(byKey.values())) {
            for (Cluster c : new ArrayList<>(group)) {
                Key k = c.key;
                // Only a day is specific enough to say two tellings are one event: many attacks
                // happen in a year, and an article's "hacking in 2016" is not another's.
                if (k.actor() != null && k.target() != null || c.time.precision() != Precision.DAY)
                    continue;
                List<Cluster> fits = new ArrayList<>();
                byKey.forEach((kk, cs) -> {
                    if (!kk.equals(k) && kk.type().equals(k.type()) && fills(k.actor(), kk.actor()) && fills(k.target(), kk.target())
                            && (kk.actor() != null || kk.target() != null))
                        cs.stream().filter(x -> x.time.precision() == Precision.DAY && x.time.compatible(c.time)).forEach(fits::add);
                });
                if (fits.size() != 1)
                    continue;
                Cluster into = fits.get(0);
                group.remove(c);
                for (EventMention m : c.members) {
                    into.members.add(m);
                    of.put(m, into);
                }
            }
        }
        Map<Key, Cluster> undated = new HashMap<>();
        for (EventMention m : events) {
            if (m.time() != null)
                continue;
            Key k = key(m);
            LocalDate bound = published.get(m);
            // News tells of recent events: an undated telling is the latest such event in the three
            // months before its article, and nothing when the article's date is unknown.
            Cluster c = bound == null ? null : byKey.getOrDefault(k, List.of()).stream()
                    .filter(x -> recent(x.time, bound))
                    .max(Comparator.comparing((Cluster x) -> x.time.first())).orElse(null);
            // The headline and the lede tell the news, and with no other date the news is of the
            // day the article appeared: "Morocco has recalled its ambassador to Germany".
            if (c == null && bound != null && lede.contains(m) && m.actor() != null) {
                TimeValue day = TimeValue.day(bound);
                List<Cluster> cs = byKey.computeIfAbsent(k, x -> new ArrayList<>());
                c = cs.stream().filter(x -> x.time.equals(day)).findFirst().orElse(null);
                if (c == null) {
                    c = new Cluster(k, day);
                    cs.add(c);
                }
            }
            if (c == null)
                c = undated.computeIfAbsent(k, x -> new Cluster(x, null));
            c.members.add(m);
            of.put(m, c);
        }
        return of;
    }

    /** A missing participant may be filled by any; a present one must be equal. */
    private static boolean fills(Participant mine, Participant theirs) {
        return mine == null || Objects.equals(mine, theirs);
    }

    private Key key(EventMention m) {
        String article = m.actor() == null && m.target() == null ? articleOf.get(m) : null;
        return new Key(m.type().name(), m.actor(), m.target(), article);
    }

    static String last(Participant p) {
        String u = p.iri().getURI();
        return u.substring(u.lastIndexOf('/') + 1);
    }
}

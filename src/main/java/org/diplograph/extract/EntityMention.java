package org.diplograph.extract;

import java.util.List;

import org.diplograph.gazetteer.Entity;

/**
 * A span of the cleaned text that names an entity. Offsets are into
 * {@link org.diplograph.analyse.CleanText#text()}, like those of tokens; the mapper turns them into
 * offsets of the original text.
 *
 * @param start       offset of its first character in the cleaned text
 * @param end         offset just past its last character
 * @param text        the text as written
 * @param entity      the entity it names
 * @param match       how it was recognised
 * @param roles       for a person introduced by a title, the titles as written ("Prime Minister"), else empty
 * @param affiliation for such a person, the state or organisation the title names, else null
 */
public record EntityMention(int start, int end, String text, Entity entity, Match match, List<String> roles,
                            Entity affiliation) {

    public EntityMention {
        roles = List.copyOf(roles);
    }

    public EntityMention(int start, int end, String text, Entity entity, Match match) {
        this(start, end, text, entity, match, List.of(), null);
    }
}

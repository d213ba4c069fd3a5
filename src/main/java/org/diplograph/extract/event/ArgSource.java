package org.diplograph.extract.event;

import java.util.List;

import org.diplograph.analyse.Document;

/** Where the event extractor gets a document's entity mentions from: the entity stage. */
public interface ArgSource {

    /** The document's entity mentions, in text order. */
    List<Arg> args(Document doc);

    /** The state the article is datelined in, or null: "the country" in its text. */
    default Participant datelineState(Document doc) {
        return null;
    }
}

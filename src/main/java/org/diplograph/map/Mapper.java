package org.diplograph.map;

import org.apache.jena.riot.system.StreamRDF;
import org.diplograph.analyse.Document;

/**
 * The map stage: writes what a document's annotations say as quads. A mapper writes the article's
 * own statements into the article's named graph and resolved things into the shared graph; the
 * same document always gives the same quads.
 */
public interface Mapper {

    void map(Document doc, StreamRDF out);
}

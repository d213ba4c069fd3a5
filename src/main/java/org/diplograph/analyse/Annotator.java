package org.diplograph.analyse;

/**
 * A stage of the pipeline that reads a {@link Document} and adds its own annotations to it, as in
 * Stanford CoreNLP. An annotator keeps no state about documents between calls, so one instance
 * serves any number of documents, from any number of threads.
 */
public interface Annotator {

    void annotate(Document doc);
}

package dk.netdesk.archfixture.features.contacts;

import dk.netdesk.archfixture.features.pipeline.Board;

/** Knows the pipeline's board on purpose: contacts may depend on ui and db only. */
public class Person {
    /** The board this person is on. */
    public Board board;
}

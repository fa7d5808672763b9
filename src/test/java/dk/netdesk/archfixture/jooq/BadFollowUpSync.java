package dk.netdesk.archfixture.jooq;

/** A helper that only names a jOOQ type on purpose: a parameter type is use enough. */
public class BadFollowUpSync {
    void run(org.jooq.Configuration configuration) {
        // A jOOQ type in a signature is already a dependency on jOOQ.
    }
}

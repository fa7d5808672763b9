package dk.netdesk.library;

/** A calendar event (course, workshop, mentor session, networking event) a training note can link to. */
public record EventOption(long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}

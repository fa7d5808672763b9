package dk.netdesk.archfixture;

/** A stand-in repository for the fixtures: the rules know a repository by its name alone. */
public class NotesRepository {
    /** The number of notes; always 0. */
    public int count() {
        return 0;
    }
}

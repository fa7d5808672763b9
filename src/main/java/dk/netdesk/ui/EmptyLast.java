package dk.netdesk.ui;

import java.util.Comparator;
import javafx.scene.control.TableColumn;

/** Table sorting where a blank cell (null or only white space) goes after the filled ones in either direction. */
public final class EmptyLast {

    private EmptyLast() {
    }

    /**
     * A comparator for {@code column} (set it with {@link TableColumn#setComparator}): filled values in
     * {@code order}, blank ones last whether the column sorts ascending or descending (the table reverses
     * the comparator for descending, so blanks are put first then).
     *
     * @param column the column the comparator is for; its sort type is read on each comparison
     * @param order  the order of two filled values
     */
    public static <S> Comparator<String> of(TableColumn<S, String> column, Comparator<String> order) {
        return (a, b) -> {
            boolean aBlank = a == null || a.isBlank();
            boolean bBlank = b == null || b.isBlank();
            if (aBlank || bBlank) {
                if (aBlank == bBlank) {
                    return 0;
                }
                int blankAfter = column.getSortType() == TableColumn.SortType.DESCENDING ? -1 : 1;
                return aBlank ? blankAfter : -blankAfter;
            }
            return order.compare(a, b);
        };
    }
}

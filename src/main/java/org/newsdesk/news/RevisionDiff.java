package org.newsdesk.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Two texts compared word by word (java-diff-utils, Myers' algorithm): the pieces of the newer
 * text in order, each the same, added or removed. Words and the spaces between them are compared
 * as tokens of their own, so the pieces put together give back both texts exactly.
 */
final class RevisionDiff {

    private static final Pattern WORD = Pattern.compile("\\S+|\\s+");

    private RevisionDiff() {
    }

    static List<Piece> words(String before, String after) {
        List<String> older = tokens(before);
        List<String> newer = tokens(after);
        List<Piece> pieces = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            add(pieces, Change.SAME, older.subList(position, delta.getSource().getPosition()));
            add(pieces, Change.REMOVED, delta.getSource().getLines());
            add(pieces, Change.ADDED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(pieces, Change.SAME, older.subList(position, older.size()));
        return pieces;
    }

    static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(piece -> piece.change() != Change.SAME);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher words = WORD.matcher(text == null ? "" : text);
        while (words.find()) {
            tokens.add(words.group());
        }
        return tokens;
    }

    /** Joins runs of one kind, so that a changed sentence is one {@code <ins>}, not one per word. */
    private static void add(List<Piece> pieces, Change change, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).change() == change) {
            pieces.set(last, new Piece(change, pieces.get(last).text() + text));
        }
        else {
            pieces.add(new Piece(change, text));
        }
    }

    enum Change {
        SAME, ADDED, REMOVED
    }

    /**
     * A run of words, as in both texts, only in the newer one, or only in the older one.
     *
     * @param kind {@code same}, {@code added} or {@code removed}, for the template
     */
    record Piece(Change change, String text, String kind) {

        Piece(Change change, String text) {
            this(change, text, change.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}

package org.newsdesk.news;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The library pictures a Markdown text places ({@code ![label](media:42)}, or a reference
 * definition {@code [x]: media:42}), found by parsing it as the renderer does, so that text in a
 * code block or a link's target is never taken for one; and the same text with those pictures
 * renumbered (an import into another library), each reference rewritten where it is written.
 */
final class PictureReferences {

    private static final Pattern DESTINATION = Pattern.compile(ItemPictures.SCHEME + "(\\d{1,18})");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private PictureReferences() {
    }

    /** The pictures the text places, in order (as the renderer resolves them: reference definitions included). */
    static Set<Long> in(String markdown) {
        return new LinkedHashSet<>(placed(markdown));
    }

    /**
     * The text with each picture it places renumbered by {@code ids} (every placed picture must be
     * a key), each address rewritten where it is written. Null when that could not be done exactly
     * (an entity or escape in an address): the caller refuses the text rather than keep a wrong number.
     */
    static String renumbered(String markdown, Map<Long, Long> ids) {
        List<Long> placed = placed(markdown);
        if (placed.isEmpty()) {
            return markdown;
        }
        List<Written> written = written(markdown);
        StringBuilder text = new StringBuilder(markdown);
        // From the end, so that the positions of those before stay right.
        for (int index = written.size() - 1; index >= 0; index--) {
            Written address = written.get(index);
            Long renumbered = ids.get(address.id());
            if (renumbered != null) {
                text.replace(address.start(), address.end(), ItemPictures.SCHEME + renumbered);
            }
        }
        String result = text.toString();
        return placed(result).equals(placed.stream().map(ids::get).toList()) ? result : null;
    }

    /** A picture's address written in the text, from {@code start} to {@code end}. */
    private record Written(long id, int start, int end) {
    }

    /** The pictures the rendered text shows, in order, one per image. */
    private static List<Long> placed(String markdown) {
        List<Long> placed = new ArrayList<>();
        if (markdown != null && !markdown.isBlank()) {
            PARSER.parse(markdown).accept(new AbstractVisitor() {
                @Override
                public void visit(Image image) {
                    Matcher id = DESTINATION.matcher(image.getDestination());
                    if (id.matches()) {
                        placed.add(Long.parseLong(id.group(1)));
                    }
                    visitChildren(image);
                }
            });
        }
        return placed;
    }

    /** Where the text writes pictures' addresses: in images written inline, and in reference definitions. */
    private static List<Written> written(String markdown) {
        List<Written> found = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                add(image, image.getDestination());
                visitChildren(image);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                add(definition, definition.getDestination());
            }

            private void add(Node node, String destination) {
                Matcher id = DESTINATION.matcher(destination == null ? "" : destination);
                if (!id.matches()) {
                    return;
                }
                // The address is the last thing written with this number in the node's source (after its label);
                // an image by reference ("![x][ref]") has none of its own: its definition is rewritten.
                Pattern address = Pattern.compile(Pattern.quote(destination) + "(?!\\d)");
                int start = -1;
                for (SourceSpan span : node.getSourceSpans()) {
                    Matcher written = address.matcher(markdown.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()));
                    while (written.find()) {
                        start = span.getInputIndex() + written.start();
                    }
                }
                if (start >= 0) {
                    found.add(new Written(Long.parseLong(id.group(1)), start, start + destination.length()));
                }
            }
        });
        found.sort(Comparator.comparingInt(Written::start));
        return found;
    }
}

package org.newsdesk.sitemaps;

import org.newsdesk.seo.PageMeta;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.newsdesk.web.XmlText;

/**
 * Writes sitemaps (sitemaps.org 0.9) and Google News sitemaps with a StAX writer, which escapes
 * every value: no XML is put together as text.
 */
final class SitemapWriter {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";

    private SitemapWriter() {
    }

    /** A sitemap index: where the sitemaps are and when each last changed. */
    static byte[] index(List<Location> sitemaps) {
        return document((xml) -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (Location sitemap : sitemaps) {
                xml.writeStartElement("sitemap");
                location(xml, sitemap);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** A sitemap of pages, with their pictures ({@code image:image}) where they have one. */
    static byte[] urls(List<Location> pages) {
        boolean pictures = pages.stream().anyMatch(page -> page.image() != null);
        return document((xml) -> {
            xml.setPrefix("xhtml", XHTML_NS);
            if (pictures) {
                xml.setPrefix("image", IMAGE_NS);
            }
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("xhtml", XHTML_NS);
            if (pictures) {
                xml.writeNamespace("image", IMAGE_NS);
            }
            for (Location page : pages) {
                xml.writeStartElement("url");
                location(xml, page);
                if (page.image() != null) {
                    xml.writeStartElement(IMAGE_NS, "image");
                    element(xml, IMAGE_NS, "loc", page.image());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** A Google News sitemap: recent articles with their publication, language, date and title. */
    static byte[] news(List<NewsArticle> articles, String publicationName) {
        return document((xml) -> {
            xml.setPrefix("news", NEWS_NS);
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (NewsArticle article : articles) {
                xml.writeStartElement("url");
                element(xml, SITEMAP_NS, "loc", article.url());
                xml.writeStartElement(NEWS_NS, "news");
                xml.writeStartElement(NEWS_NS, "publication");
                element(xml, NEWS_NS, "name", publicationName);
                element(xml, NEWS_NS, "language", article.language());
                xml.writeEndElement();
                element(xml, NEWS_NS, "publication_date", PageMeta.iso(article.published()));
                element(xml, NEWS_NS, "title", article.title());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static void location(XMLStreamWriter xml, Location location) throws XMLStreamException {
        element(xml, SITEMAP_NS, "loc", location.url());
        if (location.lastModified() != null) {
            element(xml, SITEMAP_NS, "lastmod", PageMeta.iso(location.lastModified()));
        }
        // Google's rule for languages: every URL lists all its versions, itself included.
        for (Alternate alternate : location.alternates()) {
            xml.writeEmptyElement(XHTML_NS, "link");
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", alternate.hreflang());
            xml.writeAttribute("href", alternate.url());
        }
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static byte[] document(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try {
            // The JDK's own factory, made per document: factories are not documented as thread-safe.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes,
                    StandardCharsets.UTF_8.name());
            xml.setDefaultNamespace(SITEMAP_NS);
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        }
        catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a sitemap", e);
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /**
     * An absolute URL and when what it shows last changed (or null when unknown), with the same
     * page in every language it exists in (none for a page with one language only) and the
     * absolute URL of its picture (or null).
     */
    record Location(String url, OffsetDateTime lastModified, List<Alternate> alternates, String image) {

        Location(String url, OffsetDateTime lastModified) {
            this(url, lastModified, List.of(), null);
        }

        Location(String url, OffsetDateTime lastModified, List<Alternate> alternates) {
            this(url, lastModified, alternates, null);
        }
    }

    /** One language's version of a page: {@code en}, {@code es} or {@code x-default}, and its absolute URL. */
    record Alternate(String hreflang, String url) {
    }

    /** An item of the news sitemap, with its language ({@code news:language}). */
    record NewsArticle(String url, String title, OffsetDateTime published, String language) {
    }
}

package org.diplograph.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML article, one line per block element, so that the cleaning rules for
 * scraped text (chrome lines, duplicated headlines, teasers) apply to HTML the same way.
 * Scripts, styles, navigation and forms carry no article text and are dropped.
 */
final class HtmlText {

    private HtmlText() {}

    static String extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, form, iframe, svg, template").remove();
        StringBuilder out = new StringBuilder();
        Element root = doc.body() != null ? doc.body() : doc;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t)
                    out.append(t.text());
                else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br")))
                    newline(out);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock())
                    newline(out);
            }
        }, root);
        return out.toString().replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n')
            out.append('\n');
    }
}

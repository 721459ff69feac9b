package org.framebench.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The article in a saved web page: boilerplate (scripts, navigation, ads, cookie banners, comments, related links)
 * dropped, then the element whose paragraphs carry the most prose (a text-density score, as reading modes do) taken
 * as the article. Works on the parsed document only; nothing is fetched.
 */
final class HtmlExtractor {

    record Result(List<String> paragraphs, String headline, String byline, String published, String url, String outlet) {
    }

    /** Elements that are never article text. */
    private static final String DROP_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, video, audio,"
            + " form, button, input, select, textarea, label, nav, aside, figure, figcaption, picture, img, dialog, menu,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
            + " [role=dialog], [role=alertdialog], [role=search], [role=menu], [role=menubar]";

    /** Class or id words (split at '-', '_', ' ' and camel case) that mark boilerplate. */
    private static final Set<String> BOILERPLATE = Set.of("ad", "ads", "advert", "adverts", "advertisement", "advertising",
            "adslot", "adunit", "dfp", "gpt", "sponsor", "sponsored", "promo", "promoted", "promotion", "cookie", "cookies",
            "consent", "gdpr", "cmp", "banner", "newsletter", "subscribe", "subscription", "signup", "paywall", "social",
            "share", "sharing", "sharebar", "related", "recommended", "recommendations", "recirc", "more", "trending",
            "popular", "comment", "comments", "disqus", "respond", "reply", "replies", "popup", "modal", "overlay",
            "outbrain", "taboola", "sidebar", "breadcrumb", "breadcrumbs", "menu", "nav", "navbar", "navigation", "footer",
            "masthead", "toolbar", "tags", "tag", "topics", "byline", "author", "timestamp", "widget", "skip", "hidden",
            "print", "caption", "credit", "login", "donate", "teaser", "teasers", "carousel", "ticker", "alert");

    /** Blocks whose own text is article prose. */
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "dd", "dt",
            "div", "section", "td");

    private static final Set<String> CONTAINER_HINTS = Set.of("article", "story", "body", "content", "text", "entry", "post",
            "main", "prose", "articlebody", "storybody");

    /** Class or id words that mark boilerplate when written as one ("pull-quote", "read_more", "mostRead"). */
    private static final Set<String> BOILERPLATE_COMPOUNDS = Set.of("pullquote", "readmore", "readalso", "seealso", "mostread",
            "mostpopular", "mostviewed", "adslot", "adcontainer", "adwrapper", "relatedlinks", "relatedstories", "editorspicks",
            "skiplink", "socialshare");

    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_\\-:]+|(?<=[a-z])(?=[A-Z])");

    private HtmlExtractor() {
    }

    static Result extract(Document doc) {
        Map<String, String> ld = jsonLd(doc);
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), ld.get("url"));
        String outlet = firstNonBlank(meta(doc, "og:site_name"), ld.get("publisher"), meta(doc, "application-name"));
        String published = firstNonBlank(meta(doc, "article:published_time"), ld.get("datePublished"), meta(doc, "datePublished"),
                meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"), meta(doc, "dc.date"),
                meta(doc, "DC.date.issued"), attr(doc, "article time[datetime], time[pubdate][datetime], time[datetime]", "datetime"));
        String byline = firstNonBlank(meta(doc, "author"), ld.get("author"), nonUrl(meta(doc, "article:author")),
                text(doc, "[rel=author]"), text(doc, "[itemprop=author] [itemprop=name]"), text(doc, "[itemprop=author]"),
                text(doc, ".byline, .author-name, .article-author"));
        String ogTitle = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), ld.get("headline"));

        Element body = doc.body();
        if (body == null) {
            return new Result(List.of(), ogTitle, byline, published, url, outlet);
        }
        // Keep an article's own header (its headline); drop the site's header and footer.
        for (Element e : body.select("header, footer, [role=banner]")) {
            if (e.tagName().equals("header") && !e.parents().select("article, main, [itemprop=articleBody]").isEmpty()) {
                continue;
            }
            e.remove();
        }
        body.select(DROP_TAGS).remove();
        removeBoilerplate(body);
        Elements h1s = body.select("h1");
        String h1 = null;
        for (Element h : h1s) {
            String t = Paragraphs.clean(h.text());
            if (!t.isEmpty()) {
                h1 = t;
                break;
            }
        }
        String headline = firstNonBlank(h1, ogTitle, stripSiteName(doc.title(), outlet));
        body.select("h1").remove();

        Element best = bestContainer(body);
        List<String> paragraphs = new ArrayList<>();
        if (best != null) {
            collect(best, paragraphs);
        }
        List<String> kept = new ArrayList<>();
        for (String p : paragraphs) {
            String c = Paragraphs.clean(p);
            if (c.isEmpty() || c.equals(headline) || (byline != null && (c.equals(byline) || c.equals("By " + byline)))) {
                continue;
            }
            kept.add(c);
        }
        return new Result(kept, headline, byline == null ? null : Paragraphs.clean(byline), published, url, outlet);
    }

    private static void removeBoilerplate(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || isProtected(e)) {
                continue;
            }
            if (isBoilerplate(e.className()) || isBoilerplate(e.id())) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static boolean isProtected(Element e) {
        String tag = e.tagName();
        return tag.equals("article") || tag.equals("main") || tag.equals("html")
                || "articleBody".equals(e.attr("itemprop"));
    }

    static boolean isBoilerplate(String classOrId) {
        if (classOrId == null || classOrId.isBlank()) {
            return false;
        }
        for (String w : WORD_SPLIT.split(classOrId.trim())) {
            if (BOILERPLATE.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (String c : classOrId.trim().split("\\s+")) {
            if (BOILERPLATE_COMPOUNDS.contains(c.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The element whose paragraph children (and grandchildren, at half weight) score most. */
    private static Element bestContainer(Element body) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote, li, td, div, section")) {
            if (!p.tagName().equals("p") && hasBlockChild(p)) {
                continue;
            }
            String t = ownishText(p);
            int len = t.length();
            if (len < 25 || linkDensity(p, len) > 0.5) {
                continue;
            }
            double s = 1 + countCommas(t) + Math.min(len / 100.0, 3);
            if (p.tagName().equals("li") || p.tagName().equals("td")) {
                s *= 0.5;
            }
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            score.merge(parent, s, Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                score.merge(grand, s / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> en : score.entrySet()) {
            Element e = en.getKey();
            double s = en.getValue() * hint(e);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        if (best == null) {
            return null;
        }
        // An article split over sibling containers (one per paragraph group): take the common parent.
        Element parent = best.parent();
        if (parent != null && parent != body.parent()) {
            Double ps = score.get(parent);
            if (ps != null && ps * hint(parent) >= bestScore * 0.9) {
                best = parent;
            }
        }
        return best;
    }

    private static double hint(Element e) {
        double h = 1;
        if (e.tagName().equals("article") || "articleBody".equals(e.attr("itemprop"))) {
            h *= 1.5;
        } else if (e.tagName().equals("main")) {
            h *= 1.2;
        }
        for (String w : WORD_SPLIT.split((e.className() + " " + e.id()).trim())) {
            if (CONTAINER_HINTS.contains(w.toLowerCase(Locale.ROOT))) {
                h *= 1.25;
                break;
            }
        }
        return h;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.tagName()) || c.tagName().equals("ul") || c.tagName().equals("ol")
                    || c.tagName().equals("table") || c.tagName().equals("article") || c.tagName().startsWith("h")) {
                return true;
            }
        }
        return false;
    }

    private static String ownishText(Element e) {
        return Paragraphs.clean(e.text());
    }

    private static double linkDensity(Element e, int len) {
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += Paragraphs.clean(a.text()).length();
        }
        return len == 0 ? 0 : (double) linked / len;
    }

    private static int countCommas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '،' || c == '，' || c == '、' || c == '。') {
                n++;
            }
        }
        return n;
    }

    /** The article's paragraphs in document order: leaf blocks' text, split at line breaks; link lists left out. */
    private static void collect(Element e, List<String> out) {
        StringBuilder run = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode tn) {
                run.append(tn.text());
            } else if (n instanceof Element c) {
                String tag = c.tagName();
                if (tag.equals("br")) {
                    flush(run, out);
                } else if (BLOCKS.contains(tag) || tag.equals("ul") || tag.equals("ol") || tag.equals("table")
                        || tag.equals("tbody") || tag.equals("tr") || tag.equals("article") || tag.equals("header")
                        || tag.equals("main") || tag.equals("dl") || tag.equals("hr")) {
                    flush(run, out);
                    if (tag.equals("ul") || tag.equals("ol")) {
                        String t = Paragraphs.clean(c.text());
                        if (t.isEmpty() || linkDensity(c, t.length()) > 0.5) {
                            continue; // a list of links (related stories, tags)
                        }
                    }
                    if (tag.equals("p") || tag.startsWith("h") || tag.equals("li") || tag.equals("blockquote") || tag.equals("div")
                            || tag.equals("section") || tag.equals("pre") || tag.equals("td") || tag.equals("dd") || tag.equals("dt")) {
                        String t = Paragraphs.clean(c.text());
                        if (!t.isEmpty() && t.length() < 80 && linkDensity(c, t.length()) > 0.5) {
                            continue; // "Read more: ..." and other short link lines
                        }
                    }
                    collect(c, out);
                } else {
                    run.append(c.text().isEmpty() ? "" : inlineText(c));
                }
            }
        }
        flush(run, out);
    }

    private static String inlineText(Element c) {
        if (c.select("br").isEmpty()) {
            return c.text();
        }
        StringBuilder b = new StringBuilder();
        for (Node n : c.childNodes()) {
            if (n instanceof TextNode tn) {
                b.append(tn.text());
            } else if (n instanceof Element x) {
                b.append(x.tagName().equals("br") ? "\n" : inlineText(x));
            }
        }
        return b.toString();
    }

    private static void flush(StringBuilder run, List<String> out) {
        for (String line : run.toString().split("\n")) {
            String t = Paragraphs.clean(line);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        run.setLength(0);
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[property], meta[name], meta[itemprop]")) {
            if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
                    || name.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = Paragraphs.clean(m.attr("content"));
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(Paragraphs.clean(e.attr(attr)));
    }

    private static String text(Document doc, String css) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String t = Paragraphs.clean(e.text());
        if (t.regionMatches(true, 0, "By ", 0, 3)) {
            t = t.substring(3).trim();
        }
        return t.isEmpty() || t.length() > 120 ? null : t;
    }

    /** headline, author, datePublished, url and publisher of a schema.org NewsArticle/Article in JSON-LD. */
    private static Map<String, String> jsonLd(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonElement root = JsonParser.parseString(s.data());
                List<JsonObject> objects = new ArrayList<>();
                flatten(root, objects);
                for (JsonObject o : objects) {
                    String type = o.has("@type") ? o.get("@type").toString() : "";
                    if (!type.contains("Article") && !type.contains("Report") && !type.contains("Posting")) {
                        continue;
                    }
                    putIfAbsent(out, "headline", str(o.get("headline")));
                    putIfAbsent(out, "datePublished", str(o.get("datePublished")));
                    putIfAbsent(out, "url", str(o.get("url")));
                    putIfAbsent(out, "author", name(o.get("author")));
                    putIfAbsent(out, "publisher", name(o.get("publisher")));
                }
            } catch (RuntimeException e) {
                // broken JSON-LD: the page's other metadata still counts
            }
        }
        return out;
    }

    private static void flatten(JsonElement e, List<JsonObject> out) {
        if (e == null) {
            return;
        }
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                flatten(x, out);
            }
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            out.add(o);
            if (o.has("@graph")) {
                flatten(o.get("@graph"), out);
            }
        }
    }

    private static String str(JsonElement e) {
        return e != null && e.isJsonPrimitive() ? blankToNull(Paragraphs.clean(e.getAsString())) : null;
    }

    private static String name(JsonElement e) {
        if (e == null) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            return nonUrl(str(e));
        }
        if (e.isJsonArray()) {
            List<String> names = new ArrayList<>();
            JsonArray a = e.getAsJsonArray();
            for (JsonElement x : a) {
                String n = name(x);
                if (n != null) {
                    names.add(n);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return e.isJsonObject() ? str(e.getAsJsonObject().get("name")) : null;
    }

    private static void putIfAbsent(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.putIfAbsent(k, v);
        }
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    private static String stripSiteName(String title, String outlet) {
        String t = blankToNull(Paragraphs.clean(title));
        if (t == null) {
            return null;
        }
        for (String sep : new String[] {" | ", " - ", " – ", " — "}) {
            int i = t.lastIndexOf(sep);
            if (i > 0 && (outlet == null || t.substring(i + sep.length()).contains(outlet) || t.length() - i < 30)) {
                return t.substring(0, i).trim();
            }
        }
        return t;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

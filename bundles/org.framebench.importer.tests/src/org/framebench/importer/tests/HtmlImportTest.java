package org.framebench.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framebench.importer.ArticleImportException;
import org.framebench.importer.ArticleImporter;
import org.framebench.importer.ImportedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages as a browser saves them: only the article's paragraphs come out, with the page's metadata. */
class HtmlImportTest {

    @TempDir
    Path dir;

    static Path resource(Path dir, String name) throws IOException {
        try (InputStream in = HtmlImportTest.class.getResourceAsStream("/resources/" + name)) {
            if (in == null) {
                throw new IOException("resources/" + name + " is not in the test fragment");
            }
            Path p = dir.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }

    @Test
    void savedNewsPageGivesOnlyTheArticleParagraphs() throws Exception {
        ImportedArticle a = ArticleImporter.importFile(resource(dir, "news-page.html"));
        List<String> expected = List.of(
                "The city council of Port Alder voted on Sunday to close the Northgate coal-fired power station by 2030, ending more than half a century of coal burning on the harbour front.",
                "The motion passed by 31 votes to 17 after a six-hour debate, with councillors from three parties backing a plan that will replace the plant’s output with offshore wind, battery storage and a new interconnector to the national grid.",
                "“This is the day the harbour gets its air back,” said the council leader, Marta Okafor, who has campaigned against the plant since she was first elected in 2014. “We owe it to every child in this city who has grown up with an inhaler in their school bag.”",
                "The plant’s owner, Northgate Generation, said it was “disappointed” by the decision and would study its legal options. In a statement, the company said the station still supplied about a fifth of the region’s electricity on cold, windless days & that closing it early “risks the security of supply”.",
                "Unions representing the station’s 420 workers warned that the vote put jobs at risk. Dariusz Nowak, a regional organiser, said the council had offered “warm words and no guarantees” about retraining.",
                "A decade of protests",
                "Campaigners have held a vigil outside the plant’s gates every month since 2016, when a study by the city’s university linked the station’s emissions to higher rates of childhood asthma in the neighbourhoods downwind of its chimneys.",
                "The council’s plan, which still needs approval from the national energy regulator, sets aside £45m for a transition fund to retrain workers and to clean up the site, which could later be used for housing and a public park along the water.",
                "The regulator said it would respond “in due course”. A final decision is expected next spring.");
        assertEquals(String.join("\n", expected), a.text());
        assertEquals("Harbour city votes to close coal plant by 2030", a.headline());
        assertEquals("Hélène Dubois", a.byline());
        assertEquals("2026-11-30T18:42:00Z", a.published());
        assertEquals("https://www.dailymeridian.example/news/2026/11/30/harbour-city-coal-plant-vote", a.url());
        assertEquals("The Daily Meridian", a.outlet());
        for (String junk : List.of("cookie", "Advertisement", "Brightwave", "gtag", "Script paragraph", "Share on", "Sign up",
                "harbourwatcher", "Quay Street", "Most read", "Flood warnings", "Read more", "belly fat", "Registered", "£1 a week",
                "Topics", "Photograph", "Related")) {
            assertFalse(a.text().contains(junk), () -> "boilerplate \"" + junk + "\" left in:\n" + a.text());
        }
        assertEquals(List.of(), a.warnings());
    }

    @Test
    void pageWithoutArticleTextIsRefused() throws Exception {
        Path p = dir.resolve("index.html");
        Files.writeString(p, """
                <!DOCTYPE html><html><head><title>Home | Example News</title><script>var x = "a long script string that is not prose at all, really not";</script></head>
                <body><nav><ul><li><a href="/a">World</a></li><li><a href="/b">Business</a></li></ul></nav>
                <div class="cookie-banner"><p>We use cookies to improve your experience on our website and to show you personalised advertising.</p></div>
                <ul class="headlines"><li><a href="/1">Minister resigns over expenses claims after weeks of pressure</a></li>
                <li><a href="/2">Storm brings travel chaos to the east coast as trains are cancelled</a></li></ul>
                <footer><p>© Example News 2026. All rights reserved. Registered in England and Wales.</p></footer></body></html>
                """);
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> ArticleImporter.importFile(p));
        assertTrue(e.getMessage().startsWith("No article text found in index.html"), e.getMessage());
    }

    @Test
    void arabicPageKeepsItsTextAndDirection() throws Exception {
        String p1 = "قال مسؤولون أمريكيون إنهم التقوا ممثلين عن الحكومة الليبية في تونس، وأكدوا أن على القذافي أن يتنحى عن السلطة.";
        String p2 = "وأضاف المتحدث باسم وزارة الخارجية أن الاجتماع لم يكن تفاوضاً، بل كان لإيصال رسالة واضحة وحازمة.";
        Path p = dir.resolve("arabic.htm");
        Files.writeString(p, "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
                + "<meta property=\"og:title\" content=\"محادثات في تونس\"></head><body><header><a href=\"/\">الرئيسية</a></header>"
                + "<article><h1>محادثات أمريكية ليبية في تونس</h1><p>" + p1 + "</p><p>" + p2 + "</p></article></body></html>",
                StandardCharsets.UTF_8);
        ImportedArticle a = ArticleImporter.importFile(p);
        assertEquals(p1 + "\n" + p2, a.text());
        assertEquals("محادثات أمريكية ليبية في تونس", a.headline());
    }

    @Test
    void chinesePageInGbkDeclaredByMetaCharset() throws Exception {
        String p1 = "美国官员周六在突尼斯与利比亚政府代表会面，并重申卡扎菲必须下台的要求。";
        String p2 = "美国国务院发言人说，这次会面不是谈判，而是传达一个明确而坚定的信息。";
        Path p = dir.resolve("chinese.html");
        Files.write(p, ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"><title>突尼斯会谈</title></head>"
                + "<body><div class=\"nav-menu\"><a href=\"/\">首页</a> <a href=\"/w\">国际</a></div><div class=\"content\"><p>" + p1
                + "</p><p>" + p2 + "</p></div><div class=\"footer-links\"><p>版权所有 © 2026 新闻网 保留所有权利，未经许可不得转载本网站内容。</p></div></body></html>")
                .getBytes(Charset.forName("GBK")));
        ImportedArticle a = ArticleImporter.importFile(p);
        assertEquals(p1 + "\n" + p2, a.text());
        assertEquals("突尼斯会谈", a.headline());
    }

    @Test
    void lineBreaksSplitParagraphsAndNothingIsFetched() throws Exception {
        Path p = dir.resolve("br.html");
        Files.writeString(p, "<html><head><link rel=\"stylesheet\" href=\"http://127.0.0.1:9/never.css\">"
                + "<script src=\"http://127.0.0.1:9/never.js\"></script></head><body>"
                + "<div id=\"story\">First paragraph of the story, long enough to count as prose, with a comma.<br><br>"
                + "Second paragraph, after a line break, also long enough to be prose.<br>"
                + "Third line <b>with bold</b> and an <a href=\"http://127.0.0.1:9/\">inline link</a>, still prose here.</div>"
                + "<img src=\"http://127.0.0.1:9/never.png\"></body></html>");
        ImportedArticle a = ArticleImporter.importFile(p);
        assertEquals("First paragraph of the story, long enough to count as prose, with a comma.\n"
                + "Second paragraph, after a line break, also long enough to be prose.\n"
                + "Third line with bold and an inline link, still prose here.", a.text());
        assertTrue(a.warnings().get(0).contains("words were found in br.html"), a.warnings().toString());
    }

    @Test
    void htmlSavedAsTxtIsStillReadAsHtml() throws Exception {
        Path html = resource(dir, "news-page.html");
        Path txt = dir.resolve("saved.txt");
        Files.copy(html, txt);
        assertEquals(ArticleImporter.importFile(html).text(), ArticleImporter.importFile(txt).text());
    }
}

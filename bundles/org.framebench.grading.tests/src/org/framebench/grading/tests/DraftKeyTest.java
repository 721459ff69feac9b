package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framebench.core.document.DocumentStore;
import org.framebench.grading.key.DraftKey;
import org.framebench.core.key.Keys;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.AttributeKind;
import org.framebench.model.AttributeValue;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafting a key from crafted classes: who agrees, on which span, attribute and link. */
class DraftKeyTest {

    @TempDir
    Path folder;

    private final List<AnnotationDocument> students = new ArrayList<>();
    private String cnn;

    @BeforeEach
    void fourStudents() throws Exception {
        for (String name : new String[] { "Ama", "Kofi", "Esi", "Yaw" }) {
            students.add(Fixtures.document(Role.STUDENT, name, "s-" + name));
        }
        cnn = Fixtures.article(students.get(0), "cnn").getText();
    }

    @Test
    void threeOfFourAgreeingMakeOneKeyAnnotationOnTheirSpanAndTheOneWhoDiffersIsLeftOut() {
        int b = wordStart(200);
        int e = wordEnd(b + 40);
        for (int s = 0; s < 3; s++) {
            Fixtures.annotate(students.get(s), "cnn", "S1", b, e);
        }
        int far = wordStart(1500);
        Fixtures.annotate(students.get(3), "cnn", "S1", far, wordEnd(far + 30));
        // The same span with another code is another annotation: it does not count for S1.
        Fixtures.annotate(students.get(3), "cnn", "S2", b, e);

        DraftKey.Result result = new DraftKey(0.5, 0.5, true).draft(students, "Dr. Owusu");

        AnnotationDocument key = result.key();
        assertEquals(Role.KEY, key.getRole());
        assertEquals("Dr. Owusu", key.getAnnotatorName());
        assertEquals(1, key.getAnnotations().size(), "only the annotation 3 of 4 students made");
        Annotation only = key.getAnnotations().get(0);
        assertEquals("S1", only.getCode().getId());
        assertEquals("cnn", only.getArticle().getId());
        assertEquals(b, only.getBegin());
        assertEquals(e, only.getEnd());
        assertEquals(cnn.substring(b, e), only.getCoveredText());
        assertEquals(3, result.support().get(only));
        assertEquals(4, result.students());
    }

    @Test
    void theShareDecidesWhatIsAgreedOn() {
        int b = wordStart(200);
        int e = wordEnd(b + 40);
        int b2 = wordStart(900);
        int e2 = wordEnd(b2 + 30);
        for (int s = 0; s < 3; s++) {
            Fixtures.annotate(students.get(s), "cnn", "S1", b, e);
        }
        for (int s = 0; s < 2; s++) {
            Fixtures.annotate(students.get(s), "cnn", "A1", b2, e2);
        }

        AnnotationDocument half = new DraftKey(0.5, 0.5, true).draft(students, null).key();
        assertEquals(List.of("S1", "A1"), half.getAnnotations().stream().map(a -> a.getCode().getId()).toList(),
                "at 0.5 both the 3-of-4 and the 2-of-4 annotation are in");
        AnnotationDocument threeQuarters = new DraftKey(0.75, 0.5, true).draft(students, null).key();
        assertEquals(List.of("S1"), threeQuarters.getAnnotations().stream().map(a -> a.getCode().getId()).toList(),
                "at 0.75 only the 3-of-4 annotation is in");
        assertEquals(Keys.DEFAULT_AUTHOR, threeQuarters.getAnnotatorName());
        assertThrows(IllegalArgumentException.class, () -> new DraftKey(0, 0.5, true));
        assertThrows(IllegalArgumentException.class, () -> new DraftKey(1.5, 0.5, true));
    }

    @Test
    void theSpanIsTheMostCommonBeginAndTheMostCommonEnd() {
        int b = wordStart(300);
        int bLater = wordStart(b + 2);
        int e = wordEnd(b + 50);
        int eLater = wordEnd(e + 2);
        Fixtures.annotate(students.get(0), "cnn", "S1", b, e);
        Fixtures.annotate(students.get(1), "cnn", "S1", b, eLater);
        Fixtures.annotate(students.get(2), "cnn", "S1", bLater, eLater);

        AnnotationDocument key = new DraftKey(0.5, 0.5, true).draft(students, "T").key();

        assertEquals(1, key.getAnnotations().size());
        Annotation merged = key.getAnnotations().get(0);
        assertEquals(b, merged.getBegin(), "two of three begin at b");
        assertEquals(eLater, merged.getEnd(), "two of three end at the later end");
        assertEquals(cnn.substring(b, eLater), merged.getCoveredText());
    }

    @Test
    void theSpanIsSnappedToWholeWordsWithoutTheSpacesAround() {
        int b = wordStart(300);
        int e = wordEnd(b + 30);
        // Everyone starts on the space before the word and stops two letters into the last word.
        for (int s = 0; s < 3; s++) {
            Fixtures.annotate(students.get(s), "cnn", "S1", b - 1, e - 2);
        }
        Annotation snapped = new DraftKey().draft(students, "T").key().getAnnotations().get(0);
        assertEquals(b, snapped.getBegin(), "the space before is dropped");
        assertEquals(e, snapped.getEnd(), "the cut word is completed");
    }

    @Test
    void attributeValuesAreTheMajoritysAndATieLeavesThemUnset() throws Exception {
        int b = wordStart(400);
        int e = wordEnd(b + 40);
        List<Annotation> made = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            made.add(Fixtures.annotate(students.get(s), "cnn", "S1", b, e));
        }
        var choice = made.get(0).getCode().getAttributes().stream().filter(a -> a.getKind() == AttributeKind.CHOICE)
                .findFirst().orElseThrow();
        String first = choice.getAllowedValues().get(0);
        String second = choice.getAllowedValues().get(1);
        Fixtures.attribute(made.get(0), choice.getId(), first);
        Fixtures.attribute(made.get(1), choice.getId(), second);
        Fixtures.attribute(made.get(2), choice.getId(), first);

        Annotation drafted = new DraftKey().draft(students, "T").key().getAnnotations().get(0);
        assertEquals(List.of(choice.getId() + "=" + first), values(drafted), "two of three chose " + first);

        made.get(2).getAttributeValues().clear(); // now one for each value: no majority
        assertEquals(List.of(), values(new DraftKey().draft(students, "T").key().getAnnotations().get(0)));
    }

    @Test
    void linksAreKeptWhenMostOfTheStudentsWhoMarkedBothEndsLinkedThem() {
        int b = wordStart(200);
        int e = wordEnd(b + 30);
        String bbc = Fixtures.article(students.get(0), "bbc").getText();
        int c = wordStart(bbc, 300);
        int d = wordEnd(bbc, c + 30);
        List<Annotation[]> ends = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            ends.add(new Annotation[] { Fixtures.annotate(students.get(s), "cnn", "S1", b, e),
                    Fixtures.annotate(students.get(s), "bbc", "S1", c, d) });
        }
        Fixtures.link(students.get(0), ends.get(0)[0], ends.get(0)[1]);
        assertEquals(0, new DraftKey().draft(students, "T").key().getLinks().size(), "one of three linked them");

        Fixtures.link(students.get(1), ends.get(1)[1], ends.get(1)[0]); // the other way round counts too
        AnnotationDocument key = new DraftKey().draft(students, "T").key();
        assertEquals(1, key.getLinks().size(), "two of three linked them");
        assertTrue(key.getAnnotations().contains(key.getLinks().get(0).getSource()));
        assertTrue(key.getAnnotations().contains(key.getLinks().get(0).getTarget()));
        assertEquals(0, new DraftKey(0.5, 0.5, false).draft(students, "T").key().getLinks().size(), "links not wanted");
    }

    @Test
    void anEmptyClassDraftsNothingAndAClassWithNoAnnotationsAnEmptyKey() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> new DraftKey().draft(List.of(), "T"));
        AnnotationDocument key = new DraftKey().draft(students, "T").key();
        assertEquals(0, key.getAnnotations().size());
        assertEquals(Role.KEY, key.getRole());
    }

    @Test
    void theDraftIsAValidFileThatLoadsAsAKey() throws Exception {
        int b = wordStart(200);
        int e = wordEnd(b + 40);
        List<Annotation> made = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            made.add(Fixtures.annotate(students.get(s), "cnn", "S1", b, e));
            made.add(Fixtures.annotate(students.get(s), "bbc", "A1", 500, 540));
            Fixtures.link(students.get(s), made.get(made.size() - 2), made.get(made.size() - 1));
        }
        Path file = folder.resolve("draft.fbench");
        DocumentStore.save(new DraftKey().draft(students, "T").key(), file);
        AnnotationDocument loaded = DocumentStore.load(file);
        assertEquals(Role.KEY, loaded.getRole());
        assertEquals(2, loaded.getAnnotations().size());
        assertEquals(1, loaded.getLinks().size());
    }

    @Test
    void asKeyCopiesWithRoleKeyNewIdsAndTheInstructorAndLeavesTheStudentsDocumentAlone() {
        AnnotationDocument student = students.get(0);
        Annotation a = Fixtures.annotate(student, "cnn", "S1", wordStart(200), wordEnd(240));
        Annotation t = Fixtures.annotate(student, "bbc", "A1", 500, 540);
        Fixtures.link(student, a, t);
        Feedback feedback = FramebenchFactory.eINSTANCE.createFeedback();
        feedback.setId("f1");
        feedback.setText("good");
        student.getFeedback().add(feedback);

        AnnotationDocument key = Keys.asKey(student, "  Dr. Owusu ");

        assertEquals(Role.KEY, key.getRole());
        assertEquals("Dr. Owusu", key.getAnnotatorName());
        assertEquals("", key.getAnnotatorId());
        assertNotEquals(student.getId(), key.getId());
        assertEquals(2, key.getAnnotations().size());
        assertNotEquals(a.getId(), key.getAnnotations().get(0).getId());
        assertEquals(a.getBegin(), key.getAnnotations().get(0).getBegin());
        assertEquals(1, key.getLinks().size());
        assertTrue(key.getAnnotations().contains(key.getLinks().get(0).getSource()), "the link joins the copies");
        assertEquals(0, key.getFeedback().size());
        // The student's own document is as it was.
        assertEquals(Role.STUDENT, student.getRole());
        assertEquals("Ama", student.getAnnotatorName());
        assertEquals(1, student.getFeedback().size());
        assertTrue(student.getAnnotations().contains(a));
    }

    private static List<String> values(Annotation annotation) {
        return annotation.getAttributeValues().stream().map((AttributeValue v) -> v.getKey() + "=" + v.getValue()).toList();
    }

    private int wordStart(int from) {
        return wordStart(cnn, from);
    }

    private int wordEnd(int from) {
        return wordEnd(cnn, from);
    }

    private static int wordStart(String text, int from) {
        int i = from;
        while (!(Character.isLetter(text.charAt(i)) && Character.isWhitespace(text.charAt(i - 1)))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (!(Character.isLetter(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i;
    }
}

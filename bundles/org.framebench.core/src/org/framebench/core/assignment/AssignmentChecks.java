package org.framebench.core.assignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.framebench.core.codebook.CodebookProblem;
import org.framebench.core.codebook.CodebookRules;
import org.framebench.model.Article;
import org.framebench.model.Assignment;

/** What keeps an assignment from being handed out (errors) and what an instructor may want to know (warnings). */
public final class AssignmentChecks {

    private AssignmentChecks() {
    }

    public static List<AssignmentProblem> check(Assignment assignment) {
        List<AssignmentProblem> problems = new ArrayList<>();
        if (assignment.getTitle() == null || assignment.getTitle().isBlank()) {
            problems.add(new AssignmentProblem(true, "The assignment has no title."));
        }
        if (assignment.getId() == null || assignment.getId().isBlank()) {
            problems.add(new AssignmentProblem(true, "The assignment has no id."));
        }
        int articles = assignment.getArticles().size();
        if (articles == 0) {
            problems.add(new AssignmentProblem(true, "The assignment has no articles: add at least one."));
        } else if (articles > Assignments.MAX_ARTICLES) {
            problems.add(new AssignmentProblem(true, "The assignment has " + articles + " articles; at most "
                    + Assignments.MAX_ARTICLES + " fit side by side."));
        }
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (Article article : assignment.getArticles()) {
            position++;
            String name = "Article " + position + (article.getOutlet() != null ? " (" + article.getOutlet() + ")" : "");
            if (article.getId() == null || article.getId().isBlank()) {
                problems.add(new AssignmentProblem(true, name + " has no id."));
            } else if (!ids.add(article.getId())) {
                problems.add(new AssignmentProblem(true, name + " has the same id (\"" + article.getId()
                        + "\") as an earlier article."));
            }
            if (article.getText() == null || article.getText().isBlank()) {
                problems.add(new AssignmentProblem(true, name + " has no text."));
            }
            if (article.getOutlet() == null || article.getOutlet().isBlank()) {
                problems.add(new AssignmentProblem(false, name + " does not name its outlet; students compare outlets."));
            }
        }
        if (assignment.getCodebook() == null) {
            problems.add(new AssignmentProblem(true, "The assignment has no codebook."));
        } else {
            for (CodebookProblem problem : CodebookRules.check(assignment.getCodebook())) {
                problems.add(new AssignmentProblem(problem.error(), "Codebook: " + problem.message()));
            }
        }
        return problems;
    }

    /** The problems that keep the assignment from being saved. */
    public static List<AssignmentProblem> errors(Assignment assignment) {
        return check(assignment).stream().filter(AssignmentProblem::error).toList();
    }
}

package org.framebench.ui.assignment;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.framebench.core.assignment.AssignmentChecks;
import org.framebench.core.assignment.AssignmentProblem;
import org.framebench.core.assignment.Assignments;
import org.framebench.core.codebook.Codebooks;
import org.framebench.model.Article;
import org.framebench.model.Assignment;

/** What Check Assignment… says about a file: title, version, articles with word counts, codebook, problems. */
public record AssignmentReport(boolean ready, String text) {

    public static AssignmentReport of(Assignment assignment) {
        StringBuilder text = new StringBuilder(NLS.bind(Messages.CheckFile_heading,
                new Object[] { assignment.getTitle(), assignment.getVersion(), assignment.getId() }));
        int n = 1;
        for (Article article : assignment.getArticles()) {
            text.append('\n').append(NLS.bind(Messages.CheckFile_article, new Object[] { n++, article.getOutlet(),
                    Assignments.wordCount(article.getText()) }));
        }
        text.append('\n').append(NLS.bind(Messages.Codebook_summary, assignment.getCodebook().getLayers().size(),
                Codebooks.allCodes(assignment.getCodebook()).size()));
        List<AssignmentProblem> problems = AssignmentChecks.check(assignment);
        boolean ready = problems.stream().noneMatch(AssignmentProblem::error);
        text.append("\n\n").append(problems.isEmpty() ? Messages.Check_noProblems : AssignmentWizard.join(problems));
        return new AssignmentReport(ready, text.toString());
    }
}

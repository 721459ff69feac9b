package org.framebench.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The workbench: one window, the Annotate perspective. */
public class FramebenchWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<String> filesToOpen = new ArrayList<>();

    public FramebenchWorkbenchAdvisor(String[] args) {
        filesToOpen.addAll(filesIn(args));
    }

    /**
     * The documents named on the command line. Launchers and test harnesses pass options of their own
     * ({@code -option value}): a value that follows an option is not a file to open, unless it is a
     * {@code .fbench} document or {@code .fbassign} assignment.
     */
    static List<String> filesIn(String[] args) {
        List<String> files = new ArrayList<>();
        if (args == null) {
            return files;
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean afterOption = i > 0 && args[i - 1].startsWith("-");
            if (arg.toLowerCase().endsWith(".fbench") || arg.toLowerCase().endsWith(".fbassign") || (!arg.startsWith("-") && !afterOption)) {
                files.add(arg);
            }
        }
        return files;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(false);
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new FramebenchWindowAdvisor(configurer, filesToOpen);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return Perspective.ID;
    }
}

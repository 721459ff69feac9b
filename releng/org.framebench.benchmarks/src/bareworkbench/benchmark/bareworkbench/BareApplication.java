package benchmark.bareworkbench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * StartBenchmark's bare Eclipse workbench: PlatformUI.createAndRunWorkbench with a minimal advisor, one window of
 * 1280 x 900 (as BareSwtWindow) whose perspective holds one view of the four corpus texts (ArticlesView). With
 * {@code FRAMEBENCH_TIMINGS} set it prints the product's start phases ({@code timings: phase NAME at
 * EPOCH_MILLIS}, from the same moments: the application started, the display created, the window advisor's
 * preWindowOpen and postWindowOpen, then the first paint) and, once the window with the texts is painted, the
 * product's line {@code timings: window open with the articles painted}. Here the texts are part of the window,
 * so the window's first paint is also the articles' paint. With {@code FRAMEBENCH_BARE_REPORT} set it then prints
 * the bundles that are active and the bundles its own bundle is wired to (directly or not), for the benchmark to
 * check that no Framebench bundle ran and to make the platform-only configuration. Application arguments:
 * {@code -articles FOLDER} (the corpus folder). Compiled and packaged by StartBenchmark; not part of the build.
 */
public class BareApplication implements IApplication {

    static final boolean TIMINGS = System.getenv("FRAMEBENCH_TIMINGS") != null;

    static void mark(String phase) {
        if (TIMINGS) {
            System.out.println("timings: phase " + phase + " at " + System.currentTimeMillis());
        }
    }

    @Override
    public Object start(IApplicationContext context) {
        mark("platform started");
        Display display = PlatformUI.createDisplay();
        mark("display created");
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new Advisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }

    static final class Advisor extends WorkbenchAdvisor {
        @Override
        public void initialize(IWorkbenchConfigurer configurer) {
            super.initialize(configurer);
            configurer.setSaveAndRestore(false);
        }

        @Override
        public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
            return new WindowAdvisor(configurer);
        }

        @Override
        public String getInitialWindowPerspectiveId() {
            return BarePerspective.ID;
        }
    }

    static final class WindowAdvisor extends WorkbenchWindowAdvisor {
        WindowAdvisor(IWorkbenchWindowConfigurer configurer) {
            super(configurer);
        }

        @Override
        public void preWindowOpen() {
            mark("workbench ready, window to be built");
            getWindowConfigurer().setInitialSize(new org.eclipse.swt.graphics.Point(1280, 900));
            getWindowConfigurer().setTitle("Bare Eclipse workbench");
        }

        @Override
        public void postWindowOpen() {
            mark("window built");
            Shell shell = getWindowConfigurer().getWindow().getShell();
            shell.getDisplay().asyncExec(() -> {
                if (shell.isDisposed()) {
                    return;
                }
                shell.update();
                if (TIMINGS) {
                    mark("window painted");
                    mark("articles painted");
                    System.out.println("timings: window open with the articles painted");
                }
                if (System.getenv("FRAMEBENCH_BARE_REPORT") != null) {
                    report();
                }
            });
        }
    }

    /** The active bundles, and the bundles this one is wired to, directly or not (with their fragments). */
    static void report() {
        Bundle self = FrameworkUtil.getBundle(BareApplication.class);
        Set<String> active = new TreeSet<>();
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (bundle.getState() == Bundle.ACTIVE) {
                active.add(bundle.getSymbolicName());
            }
        }
        System.out.println("bare workbench: active bundles: " + String.join(",", active));
        Set<String> wired = new TreeSet<>();
        Deque<BundleWiring> todo = new ArrayDeque<>();
        todo.add(self.adapt(BundleWiring.class));
        wired.add(self.getSymbolicName());
        while (!todo.isEmpty()) {
            BundleWiring wiring = todo.remove();
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                BundleWiring provider = wire.getProviderWiring();
                if (provider != null && wired.add(provider.getBundle().getSymbolicName())) {
                    todo.add(provider);
                }
            }
            for (BundleWire wire : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
                BundleWiring fragment = wire.getRequirerWiring();
                if (fragment != null && wired.add(fragment.getBundle().getSymbolicName())) {
                    todo.add(fragment);
                }
            }
        }
        System.out.println("bare workbench: wired bundles: " + String.join(",", wired));
    }
}

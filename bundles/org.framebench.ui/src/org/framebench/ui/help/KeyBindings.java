package org.framebench.ui.help;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.keys.IBindingService;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;
import org.framebench.ui.internal.Names;

/**
 * The key bindings a student can press now, read from the workbench's binding service (so the list follows
 * plugin.xml and any binding added later), and the codebook's code keys.
 */
public final class KeyBindings {

    /** One line of the cheat sheet. */
    public record Row(String key, String command, String category, boolean framebench) {
    }

    /**
     * The workbench's own commands that Framebench's menus offer (FramebenchActionBarAdvisor) and the clipboard:
     * their keys are listed too. Other platform bindings (an IDE's, when Framebench runs inside one) are not
     * Framebench's and are left out.
     */
    private static final Set<String> WORKBENCH_COMMANDS = Stream.of(ActionFactory.UNDO, ActionFactory.REDO,
            ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE, ActionFactory.SELECT_ALL,
            ActionFactory.SAVE, ActionFactory.SAVE_AS, ActionFactory.CLOSE, ActionFactory.QUIT,
            ActionFactory.PREFERENCES, ActionFactory.RESET_PERSPECTIVE).map(ActionFactory::getCommandId)
            .collect(Collectors.toUnmodifiableSet());

    private KeyBindings() {
    }

    /**
     * Every binding of the active scheme to one of Framebench's commands or to a workbench command its menus
     * offer (Save, Undo, Copy, ...; those when their context is active). One row per command and key, sorted by
     * group and command.
     */
    public static List<Row> commands(IWorkbench workbench) {
        IBindingService bindings = workbench.getService(IBindingService.class);
        IContextService contexts = workbench.getService(IContextService.class);
        Collection<?> active = contexts == null ? List.of() : contexts.getActiveContextIds();
        String scheme = bindings.getActiveScheme() == null ? null : bindings.getActiveScheme().getId();
        // The active scheme and those it extends (the product's scheme adds its keys to the platform's default).
        java.util.Set<String> schemes = new java.util.HashSet<>();
        for (String id = scheme; id != null && schemes.add(id);) {
            try {
                id = bindings.getScheme(id).getParentId();
            } catch (NotDefinedException e) {
                id = null;
            }
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Binding binding : bindings.getBindings()) {
            ParameterizedCommand parameterized = binding.getParameterizedCommand();
            if (parameterized == null || (scheme != null && !schemes.contains(binding.getSchemeId()))
                    || (binding.getPlatform() != null && !binding.getPlatform().equals(SWT.getPlatform()))) {
                continue;
            }
            Command command = parameterized.getCommand();
            boolean ours = command.getId().startsWith("org.framebench.");
            boolean offered = WORKBENCH_COMMANDS.contains(command.getId()) && active.contains(binding.getContextId());
            if (!command.isDefined() || !(ours || offered)) {
                continue;
            }
            try {
                String name = parameterized.getName();
                String category = command.getCategory() == null ? "" : command.getCategory().getName();
                String key = binding.getTriggerSequence().format();
                rows.putIfAbsent(key + '\u0000' + command.getId(), new Row(key, name, category, ours));
            } catch (NotDefinedException e) {
                // a command without a name cannot be told to a student: leave it out
            }
        }
        List<Row> sorted = new ArrayList<>(rows.values());
        // Framebench's own commands first: they are what a student looks for; then Save, Undo, Copy, ...
        sorted.sort(Comparator.comparing((Row row) -> !row.framebench()).thenComparing(Row::category)
                .thenComparing(Row::command).thenComparing(Row::key));
        return sorted;
    }

    /** The codebook's code keys (the article editor's own keys, not workbench bindings), in codebook order. */
    public static List<Row> codes(Codebook codebook) {
        List<Row> rows = new ArrayList<>();
        if (codebook == null) {
            return rows;
        }
        for (Layer layer : codebook.getLayers()) {
            for (Code code : layer.getCodes()) {
                if (!Names.key(code).isEmpty()) {
                    rows.add(new Row(Names.key(code), Names.code(code), Names.layer(layer), true));
                }
            }
        }
        return rows;
    }
}

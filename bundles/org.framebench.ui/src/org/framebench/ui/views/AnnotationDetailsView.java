package org.framebench.ui.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.compare.CodeMeanings;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.Code;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.Names;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.internal.CleanInput;
import org.framebench.ui.internal.DropDown;

/**
 * The selected annotation, to read and edit: its code, the attributes its code defines (choice → drop-down,
 * text → field, yes/no → check box), the note ("why") and its links, each with its note. An attribute the code
 * answers itself ({@link CodeMeanings#isImplied}: Quote type on A1) is not asked again: one line shows the
 * value the code gives (or the one the file has, if that differs). Every edit is a command on the document's
 * stack.
 */
public class AnnotationDetailsView extends DocumentViewPart {

    public static final String ID = "org.framebench.ui.views.annotation";

    /** How long typing may pause before a text field's value becomes a change (one undo step). */
    private static final int TYPING_PAUSE_MS = 600;

    private ScrolledComposite scroller;
    private Composite form;
    /** What the panel shows while nothing is selected, when the last code's form is kept (see showNothingSelected). */
    private Composite nothingSelected;
    /** The size the scroller needs for {@link #nothingSelected} with its text now (null: to be measured). */
    private org.eclipse.swt.graphics.Point nothingSelectedSize;
    /** The same for {@link #nothingSelected} while the form is shown. */
    private boolean nothingSelectedAsleep;
    /** The shown code's form (null: the panel shows the line without a form, as at first). */
    private Form shown;
    private Annotation annotation;
    private Code renderedCode;
    private Label title;
    private Label covered;
    private Label origin;
    private DropDown codeCombo;
    private Map<String, Control> attributeFields = new HashMap<>();
    private Label implied;
    private Text noteField;
    private Table linksList;
    private final java.util.List<Link> shownLinks = new ArrayList<>();
    private Runnable pendingCommit;
    /**
     * The forms of the codes shown lately, the shown one among them, each kept hidden while another code's shows:
     * building one costs tens of milliseconds (a hundred for the first), and a student moves between codes all the
     * time. The fields above are the shown form's (see {@link #use(Form)}).
     */
    private final Map<Code, Form> forms = new java.util.LinkedHashMap<>(16, 0.75f, true);
    /**
     * More forms than this and the one used longest ago is disposed: each is some thirty widgets, about 0.7 MB
     * (all 24 of the built-in codebook took idle memory to 253 MB, over the 250 MB goal).
     */
    private static final int KEPT_FORMS = 16;
    /**
     * Forms built ahead at most (see {@link #prebuild()}); the others are built when first needed, then kept. Resident
     * memory 20 s after a restart of the product (2026-12-04): 237 MB with six, 243 MB with twelve, 253 MB with 24;
     * with the one-widget drop-downs, 237 MB with ten and 246 MB with 24 (252 MB on a first start).
     */
    public static final int PREBUILT_FORMS = 10;
    /** How long the panel must have been left alone before a form is built ahead (see {@link #prebuild()}). */
    private static final int PREBUILD_PAUSE_MS = 1500;
    /** Between two forms built ahead, for what the student does meanwhile. */
    private static final int PREBUILD_GAP_MS = 200;
    private boolean prebuildScheduled;
    /** When the panel last showed something new (System.nanoTime). */
    private long lastShown = System.nanoTime();

    /** One code's form: its widgets, the size the scroller needs for it, and whether its layout sleeps. */
    private static final class Form {
        Code code;
        Composite composite;
        Label title;
        Label covered;
        Label origin;
        DropDown codeCombo;
        final Map<String, Control> attributeFields = new HashMap<>();
        Label implied;
        Text noteField;
        Table linksList;
        org.eclipse.swt.graphics.Point minSize;
        boolean asleep;
        /** Built and not laid out yet: its lines get their text first, then one layout (see {@link #render()}). */
        boolean fresh;
    }

    @Override
    protected void createContents(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        render();
    }

    @Override
    protected boolean isDisposedView() {
        return scroller == null || scroller.isDisposed();
    }

    @Override
    protected void editorChanged(DocumentEditor newEditor) {
        annotation = null;
        forgetForms();
        render();
    }

    @Override
    protected void annotationSelected(Annotation selected) {
        lastShown = System.nanoTime(); // the student is at work: no form is built ahead now (see prebuild)
        if (selected != annotation) {
            commitPending();
        }
        boolean sameForm = selected != null && selected.getCode() == renderedCode && title != null && !title.isDisposed();
        annotation = selected;
        if (sameForm) {
            // The form depends only on the code: another annotation of the same code reuses it, also after
            // a spell with nothing selected (annotate, delete, annotate again: no form built twice).
            showForm();
            refreshValues();
            fitScroller();
        } else if (selected == null) {
            showNothingSelected();
        } else {
            render();
        }
    }

    @Override
    protected void documentChanged() {
        lastShown = System.nanoTime();
        if (annotation != null && annotation.eContainer() == null) {
            annotation = null;
            showNothingSelected();
        } else if (annotation != null && annotation.getCode() != renderedCode) {
            render();
        } else {
            refreshValues();
            if (annotation != null) {
                fitScroller();
            }
        }
    }

    /**
     * The scroller's size for the form: measured when the form was built or its lines were laid out again, else as
     * it was. (Measuring the form at 220 pixels made its next layout at the panel's width measure every field
     * again, the layout keeping one width's sizes.)
     */
    private void fitScroller() {
        if (shown == null || form.isDisposed() || scroller.getContent() != form) {
            return;
        }
        if (shown.minSize == null) {
            shown.minSize = form.computeSize(220, SWT.DEFAULT, false);
        }
        scroller.setMinSize(shown.minSize);
    }

    /**
     * Says that nothing is selected, keeping the last code's form (hidden) for the next annotation of that
     * code: building a form costs tens of milliseconds, and annotating then deleting is a common rhythm.
     */
    private void showNothingSelected() {
        if (shown == null) {
            if (form == null || form.isDisposed()) {
                render();
            }
            return; // the panel without a form says so already (its text changes only with the editor)
        }
        if (form.isDisposed()) {
            render();
            return;
        }
        lastShown = System.nanoTime();
        if (nothingSelected == null || nothingSelected.isDisposed()) {
            nothingSelectedAsleep = false;
            nothingSelected = new Composite(scroller, SWT.NONE);
            nothingSelected.setLayout(new GridLayout(1, false));
            Label empty = new Label(nothingSelected, SWT.WRAP);
            empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            nothingSelectedSize = null;
        }
        Label empty = (Label) nothingSelected.getChildren()[0];
        String text = editor() == null ? Messages.Details_noDocument : Messages.Details_nothingSelected;
        boolean newText = !text.equals(empty.getText());
        if (!newText && scroller.getContent() == nothingSelected && nothingSelected.getVisible()) {
            return; // shown already: the editor tells the views the selection again after every change
        }
        if (newText) {
            empty.setText(text);
            nothingSelectedSize = null;
        }
        form.setVisible(false);
        nothingSelected.setVisible(true);
        // The scroller shrinks the content it replaces to nothing: the hidden form is not laid out for that (nor
        // for its own size again when it comes back), its fields keep their places. Laying out every field twice
        // was most of the cost of an annotate and a delete.
        if (!shown.asleep) {
            form.setLayoutDeferred(true);
            shown.asleep = true;
        }
        scroller.setContent(nothingSelected);
        if (nothingSelectedAsleep) {
            nothingSelectedAsleep = false;
            nothingSelected.setLayoutDeferred(false);
        }
        if (nothingSelectedSize == null) {
            nothingSelectedSize = nothingSelected.computeSize(220, SWT.DEFAULT);
        }
        scroller.setMinSize(nothingSelectedSize);
        if (newText) {
            nothingSelected.layout(true, true);
        }
    }

    /** Brings the kept form back after {@link #showNothingSelected()} (the caller sets the scroller's size for it). */
    private void showForm() {
        if (scroller.getContent() == form && form.getVisible()) {
            return;
        }
        hideNothingSelected();
        form.setVisible(true);
        scroller.setContent(form);
        wakeForm(); // laid out at the size it has now; the fields move only if the panel's size changed meanwhile
    }

    /** Ends the kept form's deferred layout (see {@link #showNothingSelected()}). */
    private void wakeForm() {
        if (shown != null && shown.asleep) {
            shown.asleep = false;
            if (!form.isDisposed()) {
                form.setLayoutDeferred(false);
            }
        }
    }

    /**
     * Shows the form of the selected annotation's code: the kept one if there is one, else a new one (then kept).
     * With nothing selected (at first, or with another editor), the line that says so, and no form kept.
     */
    private void render() {
        // Typing is committed before the selection or the code changes (focus out, annotationSelected); what is
        // pending now would be read from another form's field.
        pendingCommit = null;
        lastShown = System.nanoTime();
        schedulePrebuild(PREBUILD_PAUSE_MS);
        if (annotation == null) {
            renderEmpty();
            return;
        }
        Code code = annotation.getCode();
        hideShown();
        Form kept = forms.get(code);
        if (kept != null && !kept.composite.isDisposed()) {
            use(kept);
            showForm();
            refreshValues();
        } else {
            // A form built for this annotation: its lines get their text before its one layout (laid out first,
            // then again for the title's and the quote's text, it was laid out and measured twice: a third of
            // an add with a code that had no form yet).
            create(code);
            refreshValues();
            layOut(shown);
            showForm();
            // The note goes in once its field has its size: a note set into a field not yet laid out (a few
            // pixels wide) was wrapped at that width, about a character a line, which took seconds for a
            // 40,000-character note without spaces (minutes on a slower machine).
            refreshNote();
        }
        fitScroller();
    }

    /**
     * A new form for {@code code}, kept, hidden and asleep, laid out once at the size the scroller will give it
     * (so showing it lays out nothing). The view's fields stay the shown form's.
     */
    private Form build(Code code) {
        Form shownBefore = shown;
        Composite formBefore = form;
        Form built = create(code);
        layOut(built);
        form.setLayoutDeferred(true);
        built.asleep = true;
        if (shownBefore != null) {
            use(shownBefore);
        } else {
            use(new Form()); // no code's form shown: no field of the new one may pass for the shown form's
            shown = null;
            form = formBefore;
        }
        return built;
    }

    /** A new form for {@code code}, hidden, kept, not laid out; the view's fields are its fields from now on. */
    private Form create(Code code) {
        Form built = new Form();
        built.code = code;
        built.composite = newForm();
        built.composite.setVisible(false);
        built.fresh = true;
        use(built);
        renderAnnotation(code);
        built.title = title;
        built.covered = covered;
        built.origin = origin;
        built.codeCombo = codeCombo;
        built.implied = implied;
        built.noteField = noteField;
        built.linksList = linksList;
        forms.put(code, built);
        forgetOldForms();
        return built;
    }

    /**
     * Lays out a {@link #create created} form once, at the size the scroller will give it (so showing it lays out
     * nothing). Measured once: the layout keeps the sizes the measure found (nothing changed in between).
     */
    private void layOut(Form built) {
        Composite composite = built.composite;
        built.minSize = composite.computeSize(220, SWT.DEFAULT, false);
        org.eclipse.swt.graphics.Rectangle area = scroller.getClientArea();
        composite.setBounds(0, 0, Math.max(area.width, built.minSize.x), Math.max(area.height, built.minSize.y));
        composite.layout(false, true);
        built.fresh = false;
    }

    /**
     * Forgets the kept forms (another editor's codes), disposed once the new editor has shown: destroying some
     * hundred widgets was a tenth of an opening.
     */
    private void forgetForms() {
        List<Composite> old = new ArrayList<>();
        for (Form kept : forms.values()) {
            if (!kept.composite.isDisposed()) {
                kept.composite.setVisible(false);
                old.add(kept.composite);
            }
        }
        forms.clear();
        if (shown != null) {
            shown = null;
            form = null;
        }
        if (!old.isEmpty()) {
            scroller.getDisplay().timerExec(PREBUILD_PAUSE_MS, () -> old.forEach(c -> {
                if (!c.isDisposed()) {
                    c.dispose();
                }
            }));
        }
    }

    /** The panel without a form: "nothing selected" (or "no document"). */
    private void renderEmpty() {
        if (shown == null && form != null && !form.isDisposed()) {
            form.dispose(); // the last empty panel's (a kept form is hidden: see hideShown)
        } else if (shown != null) {
            hideShown();
        }
        if (nothingSelected != null) {
            nothingSelected.dispose();
            nothingSelected = null;
            nothingSelectedAsleep = false;
        }
        use(new Form());
        shown = null;
        form = newForm();
        Label empty = new Label(form, SWT.WRAP);
        empty.setText(editor() == null ? Messages.Details_noDocument : Messages.Details_nothingSelected);
        empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        scroller.setContent(form);
        scroller.setMinSize(form.computeSize(220, SWT.DEFAULT));
        form.layout(true, true);
    }

    private Composite newForm() {
        Composite composite = new Composite(scroller, SWT.NONE);
        // Two columns, each attribute's label beside its field: the panel shows the note and the links without
        // scrolling at 1280 x 800 (one label above each field took twice the height).
        GridLayout grid = new GridLayout(2, false);
        grid.verticalSpacing = 3;
        composite.setLayout(grid);
        return composite;
    }

    /** The fields of this view are {@code kept}'s from now on. */
    private void use(Form kept) {
        shown = kept;
        form = kept.composite;
        renderedCode = kept.code;
        title = kept.title;
        covered = kept.covered;
        origin = kept.origin;
        codeCombo = kept.codeCombo;
        attributeFields = kept.attributeFields;
        implied = kept.implied;
        noteField = kept.noteField;
        linksList = kept.linksList;
    }

    /**
     * Hides what the panel shows (a code's form, kept; the empty panel's form, disposed; the nothing-selected line)
     * before another form shows. A hidden form is not laid out while hidden (see {@link #showNothingSelected()}).
     */
    private void hideShown() {
        hideNothingSelected();
        if (shown == null) {
            if (form != null && !form.isDisposed()) {
                form.dispose();
            }
            return;
        }
        if (!form.isDisposed() && form.getVisible()) {
            form.setVisible(false);
            if (!shown.asleep) {
                form.setLayoutDeferred(true);
                shown.asleep = true;
            }
        }
    }

    /** Hides the nothing-selected line, not laid out while hidden (as a kept form: see showNothingSelected). */
    private void hideNothingSelected() {
        if (nothingSelected != null && !nothingSelected.isDisposed()) {
            nothingSelected.setVisible(false);
            if (!nothingSelectedAsleep) {
                nothingSelected.setLayoutDeferred(true);
                nothingSelectedAsleep = true;
            }
        }
    }

    private void schedulePrebuild(int delayMs) {
        if (!prebuildScheduled && !isDisposedView()) {
            prebuildScheduled = true;
            scroller.getDisplay().timerExec(delayMs, this::prebuild);
        }
    }

    /**
     * While the student reads (nothing new shown for {@link #PREBUILD_PAUSE_MS}), builds the form of one code of the
     * codebook that has none yet (the document's most used first), up to {@link #PREBUILT_FORMS}, then waits for the
     * next pause: the first annotation of each code then shows a kept
     * form (a form built on the add took about a hundred milliseconds, more than the whole add should).
     */
    private void prebuild() {
        prebuildScheduled = false;
        if (isDisposedView() || editor() == null || forms.size() >= PREBUILT_FORMS) {
            return;
        }
        long quietMs = (System.nanoTime() - lastShown) / 1_000_000;
        if (quietMs < PREBUILD_PAUSE_MS) {
            schedulePrebuild((int) (PREBUILD_PAUSE_MS - quietMs));
            return;
        }
        for (Code code : likelyCodes()) {
            if (!forms.containsKey(code)) {
                build(code);
                schedulePrebuild(PREBUILD_GAP_MS);
                return;
            }
        }
    }

    /** The codebook's codes, those the document uses most first (then in the codebook's order). */
    private List<Code> likelyCodes() {
        Map<Code, Integer> uses = new HashMap<>();
        for (Annotation each : editor().getDocument().getAnnotations()) {
            uses.merge(each.getCode(), 1, Integer::sum);
        }
        List<Code> codes = new ArrayList<>(Codebooks.allCodes(editor().getDocument().getAssignment().getCodebook()));
        codes.sort((a, b) -> uses.getOrDefault(b, 0) - uses.getOrDefault(a, 0)); // stable: ties keep the order
        return codes;
    }

    /** Disposes the forms used longest ago beyond {@link #KEPT_FORMS}. */
    private void forgetOldForms() {
        java.util.Iterator<Form> oldestFirst = forms.values().iterator();
        while (forms.size() > KEPT_FORMS && oldestFirst.hasNext()) {
            Form old = oldestFirst.next();
            if (old != shown) {
                oldestFirst.remove();
                old.composite.dispose();
            }
        }
    }

    private void renderAnnotation(Code code) {
        title = new Label(form, SWT.WRAP);
        title.setFont(JFaceResources.getBannerFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        covered = new Label(form, SWT.WRAP);
        GridData coveredData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        coveredData.widthHint = 220;
        covered.setLayoutData(coveredData);
        // Where the annotation came from: shown only for one accepted from the attribution finder's suggestions.
        origin = new Label(form, SWT.WRAP);
        GridData originData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        originData.exclude = true;
        origin.setLayoutData(originData);
        origin.setVisible(false);

        label(Messages.Details_code);
        // Not native drop-downs (see DropDown): the codes' names are wider than this column.
        codeCombo = new DropDown(form, this::scrollBy);
        GridData codeData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        codeData.widthHint = 120;
        codeCombo.setLayoutData(codeData);
        java.util.List<Code> codes = Codebooks.allCodes(editor().getDocument().getAssignment().getCodebook());
        for (Code each : codes) {
            codeCombo.add(Names.code(each));
        }
        codeCombo.addListener(SWT.Selection, e -> {
            Code chosen = codes.get(codeCombo.getSelectionIndex());
            if (chosen != annotation.getCode()) {
                editor().execute(AnnotationCommands.changeCode(editor().getEditingDomain(), annotation, chosen));
            }
        });

        for (AttributeDefinition attribute : code.getAttributes()) {
            if (!CodeMeanings.isImplied(code, attribute.getId())) {
                renderAttribute(attribute);
            }
        }
        implied = new Label(form, SWT.WRAP);
        GridData impliedData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        impliedData.widthHint = 220;
        implied.setLayoutData(impliedData);

        wideLabel(Messages.Details_note);
        noteField = CleanInput.attach(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        noteData.heightHint = 60;
        noteData.widthHint = 180;
        noteField.setLayoutData(noteData);
        noteField.setMessage(Messages.Details_noteHint);
        noteField.addListener(SWT.Modify, e -> schedule(this::commitNote));
        noteField.addListener(SWT.FocusOut, e -> commitPending());

        wideLabel(Messages.Details_links);
        linksList = LinkRows.create(form);
        GridData linksData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        linksData.heightHint = 2 * LinkRows.rowHeight(linksList) + 4; // two links without scrolling
        linksData.widthHint = 180;
        linksList.setLayoutData(linksData);
        linksList.addListener(SWT.DefaultSelection, e -> goToLinked());
        Composite buttons = new Composite(form, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        RowLayout row = new RowLayout();
        row.marginLeft = 0;
        buttons.setLayout(row);
        button(buttons, Messages.Details_linkTo, this::openLinkDialog);
        button(buttons, Messages.Details_goTo, this::goToLinked);
        button(buttons, Messages.Details_removeLink, this::removeLink);
    }

    private void renderAttribute(AttributeDefinition attribute) {
        label(attribute.getLabel() != null ? attribute.getLabel() : Names.orEmpty(attribute.getId()));
        String key = attribute.getId();
        Control field;
        switch (attribute.getKind()) {
            case CHOICE -> {
                DropDown combo = new DropDown(form, this::scrollBy);
                combo.add("");
                attribute.getAllowedValues().forEach(combo::add);
                combo.addListener(SWT.Selection, e -> setAttribute(key, combo.getText()));
                field = combo;
            }
            case BOOLEAN -> {
                Button check = new TickBox(form);
                check.setText(Messages.Details_yes);
                check.addListener(SWT.Selection, e -> setAttribute(key, check.getSelection() ? "true" : "false"));
                field = check;
            }
            default -> {
                Text text = CleanInput.attach(new Text(form, SWT.BORDER));
                text.addListener(SWT.Modify, e -> schedule(() -> setAttribute(key, text.getText().trim())));
                text.addListener(SWT.FocusOut, e -> commitPending());
                text.addListener(SWT.DefaultSelection, e -> commitPending());
                field = text;
            }
        }
        field.setToolTipText(attribute.getDescription());
        GridData fieldData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        fieldData.widthHint = 120;
        field.setLayoutData(fieldData);
        attributeFields.put(key, field);
    }

    /** Scrolls the form by {@code lines} wheel lines (positive: up, as SWT counts the wheel). */
    public void scrollBy(int lines) {
        if (scroller == null || scroller.isDisposed()) {
            return;
        }
        org.eclipse.swt.graphics.Point origin = scroller.getOrigin();
        int step = Math.max(1, scroller.getVerticalBar() == null ? 16 : scroller.getVerticalBar().getIncrement());
        step = Math.max(step, 16);
        scroller.setOrigin(origin.x, Math.max(0, origin.y - lines * step));
    }

    /**
     * Shows the annotation's current values. The field being typed in is left alone while its typing is not
     * yet a change; otherwise (after Undo or Redo, say) it shows the value too, so the next keystroke does
     * not save stale text again.
     */
    private void refreshValues() {
        if (annotation == null || title == null || title.isDisposed()) {
            return;
        }
        Code code = annotation.getCode();
        // The lines whose text changed, to be measured and laid out again (the others stay as they are).
        List<Label> changed = new ArrayList<>(4);
        setText(title, Names.code(code) + "  \u00B7  " + Names.outlet(annotation.getArticle()), changed);
        setText(covered, "\u201C" + annotation.getCoveredText() + "\u201D", changed);
        String originText = annotation.isFromSuggestion() ? Messages.Details_fromSuggestion : "";
        if (!origin.getText().equals(originText)) {
            origin.setText(originText);
            origin.setVisible(!originText.isEmpty());
            ((GridData) origin.getLayoutData()).exclude = originText.isEmpty();
            changed.add(origin);
        }
        codeCombo.select(Codebooks.allCodes(editor().getDocument().getAssignment().getCodebook()).indexOf(code));
        String codeName = Names.code(code);
        if (!codeName.equals(codeCombo.getToolTipText())) {
            codeCombo.setToolTipText(codeName); // the whole name, where the drop-down cuts it
        }
        Control focused = form.getDisplay().getFocusControl();
        boolean typing = pendingCommit != null;
        for (Map.Entry<String, Control> entry : attributeFields.entrySet()) {
            String value = AnnotationCommands.attribute(annotation, entry.getKey());
            Control field = entry.getValue();
            if (field == focused && field instanceof Text && typing) {
                continue;
            }
            if (field instanceof DropDown combo) {
                combo.select(Math.max(0, combo.indexOf(value == null ? "" : value)));
            } else if (field instanceof Button check) {
                check.setSelection("true".equals(value));
            } else if (field instanceof Text text && !text.getText().trim().equals(value == null ? "" : value)) {
                replaceText(text, value == null ? "" : value);
            }
        }
        String impliedText = impliedText();
        GridData impliedData = (GridData) implied.getLayoutData();
        if (!impliedText.equals(implied.getText()) || impliedData.exclude != impliedText.isEmpty()) {
            boolean shownBefore = !impliedData.exclude;
            implied.setText(impliedText);
            implied.setVisible(!impliedText.isEmpty());
            impliedData.exclude = impliedText.isEmpty();
            changed.add(implied);
            if (shownBefore == impliedText.isEmpty()) {
                changed.add(origin); // shown or hidden now: laid out (see keepTheirSize)
            }
        }
        if (!shown.fresh) {
            refreshNote();
        }
        shownLinks.clear();
        linksList.removeAll();
        for (Link link : AnnotationCommands.linksOf(editor().getDocument(), annotation)) {
            shownLinks.add(link);
            LinkRows.add(linksList, describe(link), link.getNote());
        }
        // Only the labels change size. Not form.layout(true, true): that asks every field its size again,
        // and the note field answers by laying out all of the note (100 ms for 40,000 characters). Nor even
        // this form's layout when the lines that changed keep their size: another annotation of the same code
        // in the same article changes only the quoted text, mostly within as many lines as before.
        if (!changed.isEmpty() && !shown.fresh && !keepTheirSize(changed)) {
            form.layout(changed.toArray(new Control[0]));
            shown.minSize = null;
        }
    }

    /** Shows the annotation's note, unless the student is typing one (not yet a change). */
    private void refreshNote() {
        String note = annotation.getNote() == null ? "" : annotation.getNote();
        boolean typing = pendingCommit != null && noteField == form.getDisplay().getFocusControl();
        if (!typing && !noteField.getText().equals(note)) {
            replaceText(noteField, note);
        }
    }

    /** Shows {@code text} in {@code label} if it shows another; then {@code label} is added to {@code changed}. */
    private static void setText(Label label, String text, List<Label> changed) {
        if (!text.equals(label.getText())) {
            label.setText(text);
            changed.add(label);
        }
    }

    /**
     * Whether laying out the form again would leave every one of {@code changed} where it is: each is a wrapped
     * line of a fixed width hint (the covered text, the implied values), shown before and after, and as high
     * at its width now as it is. The form's layout gives such a line that height and nothing else, so the new
     * text shows in place as it would after a layout.
     */
    private boolean keepTheirSize(List<Label> changed) {
        for (Label label : changed) {
            GridData data = (GridData) label.getLayoutData();
            // Not the title (its width counts in the columns' widths) nor the origin line (shown or hidden).
            if ((label != covered && label != implied) || data.exclude || !label.getVisible()
                    || data.widthHint == SWT.DEFAULT) {
                return false;
            }
            org.eclipse.swt.graphics.Point size = label.getSize();
            if (size.x <= 0 || label.computeSize(size.x, SWT.DEFAULT).y != size.y) {
                return false;
            }
        }
        return true;
    }

    /**
     * One line per attribute the code answers itself (or a value the file has for an attribute no longer
     * asked): "Quote type: direct (from the code)". Nothing a file holds is hidden or dropped.
     */
    private String impliedText() {
        StringBuilder text = new StringBuilder();
        Code code = annotation.getCode();
        for (AttributeDefinition attribute : code.getAttributes()) {
            if (!CodeMeanings.isImplied(code, attribute.getId())) {
                continue;
            }
            String label = attribute.getLabel() != null ? attribute.getLabel() : Names.orEmpty(attribute.getId());
            String given = CodeMeanings.impliedValue(code, attribute.getId());
            String saved = AnnotationCommands.attribute(annotation, attribute.getId());
            String line;
            if (saved != null && !saved.isBlank() && !saved.equals(given)) {
                line = given == null ? NLS.bind(Messages.Details_keptFromFile, label, saved)
                        : NLS.bind(Messages.Details_impliedDiffers, new Object[] { label, saved, given });
            } else if (given != null) {
                line = NLS.bind(Messages.Details_implied, label, given);
            } else {
                continue;
            }
            text.append(text.length() == 0 ? "" : "\n").append(line);
        }
        return text.toString();
    }

    /** Puts {@code value} into {@code field} as the model has it; that is no typing to save. */
    private void replaceText(Text field, String value) {
        Runnable before = pendingCommit;
        field.setText(value);
        // The note's cursor goes to its end; a one-line field shows its start ("government spokesman", not "...ernment spokesman").
        field.setSelection((field.getStyle() & SWT.MULTI) != 0 ? value.length() : 0);
        // setText's Modify scheduled a commit of the value just shown: nothing to save.
        pendingCommit = before;
    }

    private String describe(Link link) {
        boolean outgoing = link.getSource() == annotation;
        Annotation other = outgoing ? link.getTarget() : link.getSource();
        return NLS.bind(outgoing ? Messages.Details_linkOut : Messages.Details_linkIn,
                new Object[] { LinkLabels.of(link.getKind()), Names.outlet(other.getArticle()), Names.shorten(other.getCoveredText()) });
    }

    private void setAttribute(String key, String value) {
        String current = AnnotationCommands.attribute(annotation, key);
        boolean unchanged = (current == null || current.isEmpty()) ? (value == null || value.isEmpty()) : current.equals(value);
        if (!unchanged) {
            editor().execute(AnnotationCommands.setAttribute(editor().getEditingDomain(), annotation, key, value));
        }
    }

    private void commitNote() {
        if (noteField.isDisposed()) {
            return;
        }
        String note = noteField.getText();
        String current = annotation.getNote() == null ? "" : annotation.getNote();
        if (!note.equals(current)) {
            editor().execute(AnnotationCommands.setNote(editor().getEditingDomain(), annotation, note));
        }
    }

    /** Typing becomes one change after a pause, or when the field loses focus. */
    private void schedule(Runnable commit) {
        pendingCommit = commit;
        Runnable mine = commit;
        form.getDisplay().timerExec(TYPING_PAUSE_MS, () -> {
            if (pendingCommit == mine) {
                commitPending();
            }
        });
    }

    @Override
    protected void beforeUndoRedo() {
        // Ctrl+Z right after typing undoes that typing, not the change before it.
        commitPending();
    }

    /** Applies what is being typed now (also called before saving). */
    public void commitPending() {
        Runnable commit = pendingCommit;
        pendingCommit = null;
        if (commit != null && annotation != null && annotation.eContainer() != null && !isDisposedView()) {
            commit.run();
        }
    }

    private void openLinkDialog() {
        LinkDialog dialog = createLinkDialog();
        if (dialog.open() == Window.OK) {
            link(dialog.getTarget(), dialog.getKind(), dialog.getNote());
        }
    }

    /** The dialog the "Link to…" button opens (tests drive it without blocking). */
    public LinkDialog createLinkDialog() {
        java.util.List<Annotation> candidates = editor().getDocument().getAnnotations().stream()
                .filter(a -> a != annotation).toList();
        return new LinkDialog(getSite().getShell(), annotation, candidates);
    }

    /** Links the shown annotation to {@code target}. */
    public void link(Annotation target, LinkKind kind, String note) {
        editor().execute(AnnotationCommands.link(editor().getEditingDomain(), editor().getDocument(), annotation, target,
                kind, note));
    }

    private void goToLinked() {
        int index = linksList.getSelectionIndex();
        if (index >= 0) {
            Link link = shownLinks.get(index);
            editor().reveal(link.getSource() == annotation ? link.getTarget() : link.getSource());
        }
    }

    private void removeLink() {
        int index = linksList.getSelectionIndex();
        if (index >= 0) {
            editor().execute(AnnotationCommands.unlink(editor().getEditingDomain(), editor().getDocument(),
                    shownLinks.get(index)));
        }
    }

    /**
     * A yes/no check box that keeps no background of its own. The workbench theme gives check boxes in views
     * a background, and GTK then draws no tick at all: a ticked box looked empty (the value was saved, and a
     * second click cleared it). The box shows the form's background through it anyway.
     */
    private static final class TickBox extends Button {
        TickBox(Composite parent) {
            super(parent, SWT.CHECK);
        }

        @Override
        public void setBackground(org.eclipse.swt.graphics.Color color) {
            // Deliberately ignored (see above).
        }

        @Override
        protected void checkSubclass() {
            // Only setBackground is changed.
        }
    }

    /** An attribute's label, beside its field (wrapped when long: "IMVAIN: authoritative / informed"). */
    private void label(String text) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
        int width = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
        if (width > 90) {
            // Only a label wider than its column wraps: GTK lays a wrapping label out twice for each new size,
            // most of a new form's layout when every label wrapped.
            label.dispose();
            label = new Label(form, SWT.WRAP);
            label.setText(text);
        }
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = Math.min(width, 90);
        label.setLayoutData(data);
    }

    /** A label over a field that takes the panel's width (Note, Links). */
    private void wideLabel(String text) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
        GridData data = new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1);
        data.verticalIndent = 4;
        label.setLayoutData(data);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    /** The field for attribute {@code key} (tests drive it as a user would). */
    public Control attributeField(String key) {
        return attributeFields.get(key);
    }

    /** The scrolled form (tests: where the wheel scrolls to). */
    public ScrolledComposite scroller() {
        return scroller;
    }

    public Text noteField() {
        return noteField;
    }

    /** Whether a form of {@code code} is kept (built ahead or for an earlier annotation): for tests and benchmarks. */
    public boolean hasKeptForm(Code code) {
        // Not forms.get: that would make it the form used last.
        return forms.values().stream().anyMatch(kept -> kept.code == code && !kept.composite.isDisposed());
    }

    /** How many codes' forms the panel keeps now (the shown one among them). */
    public int keptForms() {
        return forms.size();
    }

    public DropDown codeCombo() {
        return codeCombo;
    }

    /** The links, one row each: what is linked, and under it the link's note. */
    public Table linksList() {
        return linksList;
    }

    /** The line under link row {@code index}: the link's note (or that it has none). */
    public String linkNoteLine(int index) {
        return LinkRows.noteLine(linksList.getItem(index));
    }

    /** The line saying the annotation came from an accepted suggestion (empty and hidden otherwise; tests). */
    public Label originLine() {
        return origin;
    }

    /** The line showing what the code answers itself (tests). */
    public Label impliedLine() {
        return implied;
    }

    @Override
    public void setFocus() {
        scroller.setFocus();
    }
}

package org.jiandu.training.ui;

import static org.jiandu.ui.Tables.column;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.core.CadreView;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Role;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.PipelineIncompleteException;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.RotationView;
import org.jiandu.training.TrainingRoles;
import org.jiandu.training.TrainingService;
import org.jiandu.training.Transcript;
import org.jiandu.training.rules.Outcome;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Export;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.NamePicker;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/** The transcript tab: one cadre's rule outcomes, sessions and rotations, with rotations edited and posting confirmed. */
final class TranscriptTab {

    private final Composite tab;
    private final TrainingService training;
    private final Session session;
    private NamePicker cadre;
    private String shown;
    private OrgNodeView within;
    private List<CadreView> cadres = List.of();
    private TableViewer transcriptSessions, transcriptRotations, transcriptOutcomes;
    private Label transcriptInfo;

    TranscriptTab(Composite tab, TrainingService training, OrgService orgs, Session session) {
        this.tab = tab;
        this.training = training;
        this.session = session;
        create(orgs);
    }

    private void create(OrgService orgs) {
        Composite top = Widgets.bar(tab, 2);
        new Label(top, SWT.NONE).setText(Messages.cadre_label);
        cadre = new NamePicker(top, TrainingPart.CADRE, Messages.cadre_hint);
        cadre.onChoose(c -> show(c.id()));
        Role role = session.subject().role();
        boolean plans = TrainingRoles.mayPlan(role);
        Composite actions = Widgets.row(tab);
        Widgets.button(actions, Messages.rotation_add, plans, () -> rotation(null));
        Widgets.button(actions, Messages.rotation_edit, plans, () -> {
            if (transcriptRotations.getStructuredSelection().getFirstElement() instanceof RotationView r) {
                rotation(r);
            }
        });
        Widgets.button(actions, Messages.confirm_post, plans, this::confirmOnPost);
        Widgets.button(actions, Messages.export, true, this::export);
        transcriptInfo = new Label(tab, SWT.WRAP);
        transcriptInfo.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = Widgets.split(tab);
        transcriptOutcomes = Widgets.table(sash, TrainingPart.TRANSCRIPT + ".rules");
        column(transcriptOutcomes, Outcome.class, Messages.col_rule, 160, o -> Labels.of(o.kind()));
        column(transcriptOutcomes, Outcome.class, Messages.col_status, 70, o -> Labels.of(o.status()));
        column(transcriptOutcomes, Outcome.class, Messages.col_due, 90, o -> Format.date(o.due()));
        column(transcriptOutcomes, Outcome.class, Messages.col_gaps, 520, o -> String.join("；", o.gaps()));
        transcriptSessions = Widgets.table(sash, TrainingPart.TRANSCRIPT);
        column(transcriptSessions, EnrolmentView.class, Messages.col_start, 90, e -> Format.date(e.sessionStart()));
        column(transcriptSessions, EnrolmentView.class, Messages.col_code, 140, EnrolmentView::sessionCode);
        column(transcriptSessions, EnrolmentView.class, Messages.col_title, 250, EnrolmentView::courseTitle);
        column(transcriptSessions, EnrolmentView.class, Messages.col_kind, 100, e -> Labels.of(e.kind()));
        column(transcriptSessions, EnrolmentView.class, Messages.col_status, 70, e -> Labels.of(e.status()));
        column(transcriptSessions, EnrolmentView.class, Messages.col_hours, 50, e -> Format.num(e.hours()));
        column(transcriptSessions, EnrolmentView.class, Messages.col_score, 50, e -> Format.num(e.score()));
        column(transcriptSessions, EnrolmentView.class, Messages.col_completed, 90, e -> Format.date(e.completedOn()));
        transcriptRotations = Widgets.table(sash, TrainingPart.TRANSCRIPT + ".rotations");
        column(transcriptRotations, RotationView.class, Messages.col_post, 90, r -> Labels.of(r.post()));
        column(transcriptRotations, RotationView.class, Messages.col_mentor, 80, r -> r.mentor() == null ? "" : r.mentor());
        column(transcriptRotations, RotationView.class, Messages.col_start, 90, r -> Format.date(r.start()));
        column(transcriptRotations, RotationView.class, Messages.col_end, 90, r -> Format.date(r.end()));
        column(transcriptRotations, RotationView.class, Messages.col_signed_on, 160,
                r -> r.signedOffOn() == null ? Messages.not_signed : r.signedOffBy() + " " + r.signedOffOn());
        column(transcriptRotations, RotationView.class, Messages.col_appraisal, 240, r -> r.appraisal() == null ? "" : r.appraisal());
        column(transcriptRotations, RotationView.class, Messages.col_revision, 50, r -> String.valueOf(r.revision()));
        sash.setWeights(25, 45, 30);
        transcriptInfo.setText(Messages.loading);
        Jobs.background(tab, Messages.tab_transcript, () -> orgs.cadres(session.subject(), null, 100_000).stream()
                .filter(x -> x.active() && x.role() != CadreRole.INTEGRITY_SUPERVISOR).toList(), list -> {
                    cadres = list;
                    offerCadres();
                    if (shownCadre() == null) {
                        transcriptInfo.setText(Messages.transcript_hint);
                    }
                }, failed -> transcriptInfo.setText(failed));
    }

    /** Follows the organisation chosen in the jurisdiction tree: below the county, only its cadres are offered. */
    void follow(OrgNodeView org) {
        within = org != null && (org.level() == OrgLevel.TOWNSHIP || org.level() == OrgLevel.VILLAGE) ? org : null;
        offerCadres();
    }

    /** The cadres to choose from by name, told apart by their township and post; the code stays behind the choice. */
    private void offerCadres() {
        cadre.setChoices(cadres.stream().filter(c -> within == null || c.orgPath().startsWith(within.path()))
                .map(c -> new NamePicker.Choice(c.code(), c.name(), c.orgName() + " · " + org.jiandu.ui.Labels.of(c.role())))
                .toList());
        cadre.text().setMessage(within == null ? Messages.cadre_hint : NLS.bind(Messages.showing_township, within.name()));
    }

    /** Shows a cadre's transcript (from the gaps table, or chosen above). */
    void show(String cadreCode) {
        try {
            Transcript t = training.transcript(session.subject(), cadreCode, LocalDate.now());
            if (cadre.chosen() == null || !cadre.chosen().id().equals(cadreCode)) {
                cadre.select(cadreCode);
            }
            shown = cadreCode;
            String posting = t.postedOn() != null ? NLS.bind(Messages.posted_on, t.postedOn())
                    : t.outcomes().stream().anyMatch(o -> o.kind() == RequirementKind.PRE_JOB_PIPELINE) ? Messages.not_posted : null;
            transcriptInfo.setText(NLS.bind(posting == null ? Messages.transcript_info_short : Messages.transcript_info,
                    new Object[] { t.cadre().name(), t.cadre().orgName(), Format.num(t.hoursIn(t.asOf().getYear())), posting }));
            transcriptOutcomes.setInput(t.outcomes());
            transcriptSessions.setInput(t.sessions());
            transcriptRotations.setInput(t.rotations());
            transcriptInfo.getParent().layout(true, true);
        } catch (RuntimeException e) {
            Dialogs.error(tab.getShell(), Messages.tab_transcript, Failures.of(e));
        }
    }

    private String shownCadre() {
        return shown;
    }

    private void rotation(RotationView r) {
        String code = shownCadre();
        if (code != null && new RotationDialog(tab.getShell(), training, session.subject(), code, r).open() == RotationDialog.OK) {
            show(code);
        }
    }

    private void confirmOnPost() {
        String code = shownCadre();
        if (code == null) {
            Dialogs.info(tab.getShell(), SessionsTab.title(Messages.confirm_post), Messages.transcript_hint);
            return;
        }
        LocalDate today = LocalDate.now();
        String name = cadre.chosen() != null ? cadre.chosen().name() : code;
        if (!Confirm.ask(tab.getShell(), Messages.confirm_post, NLS.bind(Messages.confirm_post_ask, name, today))) {
            return;
        }
        try {
            training.confirmOnPost(session.subject(), code, today);
            show(code);
            Dialogs.info(tab.getShell(), SessionsTab.title(Messages.confirm_post), NLS.bind(Messages.confirmed, name));
        } catch (PipelineIncompleteException e) {
            Dialogs.error(tab.getShell(), SessionsTab.title(Messages.confirm_post), NLS.bind(Messages.refused, name) + "\n"
                    + String.join("\n", e.problems()));
        } catch (RuntimeException e) {
            Dialogs.error(tab.getShell(), SessionsTab.title(Messages.confirm_post), Failures.of(e));
        }
    }

    void export() {
        String code = shownCadre();
        if (code != null) {
            String name = cadre.chosen() != null ? cadre.chosen().name() + "-" : "";
            Export.ask(tab, Messages.export_xlsx, name + code + ".xlsx", f -> training.exportTranscript(session.subject(), code, f),
                    Messages.written, Messages.cannot_write);
        }
    }
}

package io.github.policeconduct.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.policeconduct.core.Allegation;
import io.github.policeconduct.core.AllegationFinding;
import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.ConductCase;
import io.github.policeconduct.core.EventType;
import io.github.policeconduct.core.Finding;
import io.github.policeconduct.core.Forum;
import io.github.policeconduct.core.Outcome;
import io.github.policeconduct.core.Proceedings;
import io.github.policeconduct.core.Regime;
import io.github.policeconduct.core.Role;
import io.github.policeconduct.core.ServiceEnd;
import io.github.policeconduct.core.Subject;
import io.github.policeconduct.rules.Document.Source;
import io.github.policeconduct.rules.DocumentResult.Reason;
import io.github.policeconduct.rules.DocumentResult.WhyNot;

/**
 * Writes the documents that follow from a case and its decision: the outcome notice of a hearing under the 2020
 * Regulations, and the reports to the College of Policing for the Police Barred List (SI 2017/1135 reg 3(2)) and the
 * Police Advisory List (reg 12(2)). Each decides the case as at an explicit day with {@link ConductRules#decide} and
 * answers with the {@link Document} or why none is written ({@link DocumentResult}), never null.
 *
 * <p>A report is written exactly when the decision has the consequence it answers (a
 * {@link ConsequenceKind#BARRED_LIST_REPORT} or {@link ConsequenceKind#ADVISORY_LIST_REPORT}), and its due date is
 * that consequence's. Every field names the provision it answers, read from a row of the rulebook
 * ({@link Rule#contents()}). What the library never holds (a name, a date of birth, an identifying number, the
 * narrative of the conduct) is a marked blank for the force's system ({@link Document.Source#BLANK}).
 *
 * <p>Stateless and thread-safe. No clock: every document is written as at the day given.
 *
 * @since 0.2.0
 */
public final class Documents {
  private Documents() {}

  /**
   * The document of {@code kind} for {@code conductCase}, decided as at {@code asAt}.
   *
   * @param kind the document
   * @param conductCase the case
   * @param asAt the day the case is decided as at
   * @return the document, or why none is written
   * @since 0.2.0
   */
  public static DocumentResult write(DocumentKind kind, ConductCase conductCase, LocalDate asAt) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case OUTCOME_NOTICE -> outcomeNotice(conductCase, asAt);
      case BARRED_LIST_REPORT -> barredListReport(conductCase, asAt);
      case ADVISORY_LIST_REPORT -> advisoryListReport(conductCase, asAt);
    };
  }

  /**
   * The outcome notice of a misconduct hearing or an accelerated misconduct hearing under the 2020 Regulations: the
   * forum and date, the finding on each allegation, the Standards found breached, the disciplinary action (for a
   * former officer, that they would have been dismissed), a slot for the reasons where gross misconduct did not lead
   * to dismissal, the date of publication and the earliest take-down date (which rests on practice).
   *
   * @param conductCase the case
   * @param asAt the day the case is decided as at
   * @return the notice, or why none is written: no hearing held or no outcome yet as at that day (not required); a
   *     case under the 2008 or 2012 Regulations or a misconduct meeting (not modelled)
   * @since 0.2.0
   */
  public static DocumentResult outcomeNotice(ConductCase conductCase, LocalDate asAt) {
    Decision d = decide(conductCase, asAt);
    DocumentKind kind = DocumentKind.OUTCOME_NOTICE;
    if (d.regime().filter(r -> r == Regime.CONDUCT_REGULATIONS_2020).isEmpty()) {
      return none(kind, d, Reason.NOT_MODELLED, Rule.DOCUMENT_NOT_MODELLED, "documents.not_modelled/outcome_notice_regime",
          "case", d.caseId(), "regime", d.regime().map(Regime::title).orElse("no Regulations this library models"));
    }
    Optional<Proceedings> held = conductCase.proceedings().filter(p -> p.date().filter(x -> !x.isAfter(asAt)).isPresent());
    Rule hearing = Rule.DOCUMENT_OUTCOME_NOTICE_HEARING;
    if (held.isEmpty()) {
      return none(kind, d, Reason.NOT_REQUIRED, hearing, "documents.outcome_notice.misconduct_hearing/not_held",
          "case", d.caseId(), "as_at", asAt);
    }
    Proceedings p = held.get();
    LocalDate date = p.date().get();
    Rule row = p.forum() == Forum.MISCONDUCT_HEARING ? hearing
        : p.forum() == Forum.ACCELERATED_MISCONDUCT_HEARING ? Rule.DOCUMENT_OUTCOME_NOTICE_ACCELERATED : null;
    if (row == null) {
      return none(kind, d, Reason.NOT_MODELLED, Rule.DOCUMENT_NOT_MODELLED, "documents.not_modelled/outcome_notice_forum",
          "case", d.caseId(), "forum", p.forum().nameUnder(Regime.CONDUCT_REGULATIONS_2020));
    }
    if (d.outcome().isEmpty()) {
      return none(kind, d, Reason.NOT_REQUIRED, row, row.id() + "/no_outcome", "case", d.caseId(), "date", date,
          "forum", p.forum().nameUnder(Regime.CONDUCT_REGULATIONS_2020));
    }
    OutcomeCheck outcome = d.outcome().get();
    Fields f = new Fields();
    Citation rowCitation = row.citation();
    f.field(row, rowCitation, "forum", label("forum"), Source.DERIVED, Optional.of(p.forum().nameUnder(Regime.CONDUCT_REGULATIONS_2020)),
        Optional.empty());
    f.field(row, rowCitation, "hearing_date", label("hearing_date"), Source.DERIVED, Optional.of(date.toString()), Optional.empty());
    PrescribedContents.Item findingItem = row.contents().orElseThrow().item("", "finding").orElseThrow();
    for (Allegation a : conductCase.allegations()) {
      Optional<Finding> found = p.findings().stream().filter(x -> x.allegation().equals(a.id())).map(AllegationFinding::finding).findFirst();
      String label = Sentences.text("documents.label.finding", row, "allegation", a.id(), "standards", headings(a));
      f.field(row, cite(rowCitation, findingItem), "finding." + a.id(), label, found.isPresent() ? Source.DERIVED : Source.NOT_RECORDED,
          found.map(x -> Sentences.text("documents.finding." + x.code(), row)), Optional.empty());
    }
    String breached = standardsBreached(conductCase, p);
    f.field(row, cite(rowCitation, findingItem), "standards_breached", label("standards_breached"),
        breached.isEmpty() ? Source.NOT_RECORDED : Source.DERIVED, Optional.of(breached).filter(s -> !s.isEmpty()),
        Optional.empty());
    f.item(row, "", "reasons_for_finding", Source.BLANK, Optional.empty(), Optional.empty());
    List<String> notes = new ArrayList<>();
    if (outcome.decided() == Outcome.WOULD_HAVE_BEEN_DISMISSED) {
      Rule former = Rule.SANCTIONS_FORMER_OFFICER;
      f.field(former, former.citation(Optional.of(Regime.CONDUCT_REGULATIONS_2020), date), "disciplinary_action",
          label("would_have_been_dismissed"), Source.DERIVED,
          Optional.of(Sentences.text("documents.outcome_notice.misconduct_hearing/would_have_been_dismissed", row)),
          Optional.of(Sentences.text("documents.outcome_notice.misconduct_hearing/would_have_been_dismissed_note", row,
              "rule", former.id())));
    } else {
      String action = outcome.decided().isDisciplinaryAction() ? words(outcome.decided().code())
          : Sentences.text("documents.no_disciplinary_action", row, "outcome", words(outcome.decided().code()));
      f.item(row, "", "disciplinary_action", Source.DERIVED, Optional.of(action), Optional.empty());
    }
    if (!outcome.lawful()) {
      notes.add(Sentences.text("documents.outcome_notice.misconduct_hearing/unlawful", row, "outcome", words(outcome.decided().code())));
    }
    for (Consequence c : d.consequences()) {
      if (c.kind() == ConsequenceKind.OUTCOME_REPORT_REASONS) {
        Rule reasons = p.forum() == Forum.MISCONDUCT_HEARING ? Rule.CONSEQUENCE_REASONS_HEARING : Rule.CONSEQUENCE_REASONS_ACCELERATED;
        f.field(reasons, c.citation(), "reasons_not_dismissed", label("reasons_not_dismissed"), Source.BLANK, Optional.empty(),
            Optional.empty());
      }
    }
    Rule practice = Rule.DOCUMENT_OUTCOME_PUBLICATION_PRACTICE;
    Citation practiceCitation = practice.citation(Optional.of(Regime.CONDUCT_REGULATIONS_2020), date);
    Optional<LocalDate> published = conductCase.events().stream()
        .filter(e -> e.type() == EventType.OUTCOME_PUBLISHED && !e.date().isBefore(date) && !e.date().isAfter(asAt))
        .map(e -> e.date()).min(LocalDate::compareTo);
    f.field(practice, practiceCitation, "published", label("published"), published.isPresent() ? Source.DERIVED : Source.NOT_RECORDED,
        published.map(LocalDate::toString), Optional.empty());
    java.time.Period period = practice.period().orElseThrow();
    f.field(practice, practiceCitation, "earliest_take_down", label("earliest_take_down"), Source.PRACTICE,
        published.map(x -> x.plus(period).toString()),
        Optional.of(Sentences.text(practice.id(), practice, "days", period.getDays())));
    notes.add(Sentences.text(row.id() + "/unread", row));
    return DocumentResult.of(new Document(kind, d.caseId(), asAt, title(kind, d.caseId()), f.out, notes), d);
  }

  /**
   * The report to the College of Policing for the Police Barred List (SI 2017/1135 reg 3(2)), written exactly when
   * the decision has a {@link ConsequenceKind#BARRED_LIST_REPORT}; its due date is that consequence's.
   *
   * @param conductCase the case
   * @param asAt the day the case is decided as at
   * @return the report, or why none is required (no dismissal and no finding that the person would have been
   *     dismissed)
   * @since 0.2.0
   */
  public static DocumentResult barredListReport(ConductCase conductCase, LocalDate asAt) {
    Decision d = decide(conductCase, asAt);
    DocumentKind kind = DocumentKind.BARRED_LIST_REPORT;
    Rule row = Rule.DOCUMENT_BARRED_LIST_REPORT;
    Optional<Consequence> report = d.consequences().stream().filter(c -> c.kind() == ConsequenceKind.BARRED_LIST_REPORT).findFirst();
    if (report.isEmpty()) {
      return notRequired(kind, d, Rule.CONSEQUENCE_BARRED_LIST, row.id() + "/not_required", List.of(Rule.CONSEQUENCE_BARRED_LIST));
    }
    Subject s = conductCase.subject();
    // the outcome given (a staff member's is given under force procedures, outside the decision's outcome check)
    boolean former = conductCase.proceedings().flatMap(Proceedings::outcome).filter(o -> o == Outcome.WOULD_HAVE_BEEN_DISMISSED)
        .isPresent();
    boolean officer = s.role().isConstable();
    Fields f = new Fields();
    f.item(row, "", "full_name", Source.BLANK, Optional.empty(), Optional.empty());
    force(f, row, conductCase);
    f.item(row, "", "date_of_birth", Source.BLANK, Optional.empty(), Optional.empty());
    String status = officer ? (former ? "former_police_officer" : "police_officer")
        : (former ? "former_civilian_police_employee" : "civilian_police_employee");
    f.item(row, "", "status_at_the_time", Source.DERIVED, Optional.of(Sentences.text("documents.status." + status, row)),
        Optional.of(Sentences.text(row.id() + "/status_note", row)));
    String limb = officer ? (former ? "former_officer" : "officer") : (former ? "former_employee" : "employee");
    if (officer) {
      f.item(row, limb, "rank", s.rank().isPresent() ? Source.DERIVED : Source.NOT_RECORDED, s.rank().map(r -> words(r.code())),
          Optional.empty());
    }
    f.item(row, limb, "identifying_number", Source.BLANK, Optional.empty(), Optional.empty());
    f.item(row, "", "reasons", Source.BLANK, Optional.empty(), Optional.empty());
    f.item(row, "", "conduct_description", Source.BLANK, Optional.empty(), Optional.empty());
    String breached = conductCase.proceedings().map(p -> standardsBreached(conductCase, p)).orElse("");
    f.item(row, "", "standards_breached", breached.isEmpty() ? Source.NOT_RECORDED : Source.DERIVED,
        Optional.of(breached).filter(x -> !x.isEmpty()), Optional.empty());
    Optional<Step> step = d.explanation().steps().stream()
        .filter(x -> x.rule() == Rule.CONSEQUENCE_BARRED_LIST && x.applied()).findFirst();
    Optional<LocalDate> dated = step.filter(x -> !x.facts().containsKey("left")).flatMap(Step::on);
    f.item(row, "", "dismissal_or_finding_date", dated.isPresent() ? Source.DERIVED : Source.NOT_RECORDED, dated.map(LocalDate::toString),
        dated.isPresent() ? Optional.empty() : Optional.of(Sentences.text(row.id() + "/undated", row)));
    Optional<Consequence> advisory = d.consequences().stream().filter(c -> c.kind() == ConsequenceKind.ADVISORY_LIST_REPORT
        && c.citation().equals(Rule.CONSEQUENCE_ADVISORY_LIST.citation())).findFirst();
    f.item(row, "", "advisory_list_report", Source.DERIVED,
        Optional.of(advisory.isPresent()
            ? Sentences.text(row.id() + "/advisory_yes", row, "due", advisory.get().dueBy().map(LocalDate::toString).orElse("a day that cannot be counted"))
            : Sentences.text(row.id() + "/advisory_no", row)),
        Optional.empty());
    if (advisory.isPresent()) {
      f.item(row, "", "advisory_list_report_date", Source.NOT_RECORDED, Optional.empty(),
          Optional.of(Sentences.text(row.id() + "/advisory_date_note", row)));
    }
    due(f, report.get(), Rule.CONSEQUENCE_BARRED_LIST);
    List<String> notes = List.of(Sentences.text(row.id() + "/unread", row));
    return DocumentResult.of(new Document(kind, d.caseId(), asAt, title(kind, d.caseId()), f.out, notes), d);
  }

  /**
   * The report to the College of Policing for the Police Advisory List (SI 2017/1135 reg 12(2)), written exactly when
   * the decision has an {@link ConsequenceKind#ADVISORY_LIST_REPORT} whose contents were read; its due date is that
   * consequence's.
   *
   * @param conductCase the case
   * @param asAt the day the case is decided as at
   * @return the report, or why none is written: none required (nobody resigned, retired or left while an allegation
   *     was outstanding, and no allegation came to attention after a former officer left); or, for a volunteer who
   *     stopped volunteering, not modelled (that part of reg 12(2) was not read)
   * @since 0.2.0
   */
  public static DocumentResult advisoryListReport(ConductCase conductCase, LocalDate asAt) {
    Decision d = decide(conductCase, asAt);
    DocumentKind kind = DocumentKind.ADVISORY_LIST_REPORT;
    Rule row = Rule.DOCUMENT_ADVISORY_LIST_REPORT;
    Optional<Consequence> report = d.consequences().stream().filter(c -> c.kind() == ConsequenceKind.ADVISORY_LIST_REPORT).findFirst();
    if (report.isEmpty()) {
      return notRequired(kind, d, Rule.CONSEQUENCE_ADVISORY_LIST, row.id() + "/not_required", List.of(Rule.CONSEQUENCE_ADVISORY_LIST,
          Rule.CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_WITHDRAWN, Rule.CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_STOPPED));
    }
    Consequence c = report.get();
    Rule source = c.citation().equals(Rule.CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_WITHDRAWN.citation())
        ? Rule.CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_WITHDRAWN
        : c.citation().equals(Rule.CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_STOPPED.citation()) ? Rule.CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_STOPPED
        : Rule.CONSEQUENCE_ADVISORY_LIST;
    if (source == Rule.CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_STOPPED) {
      return none(kind, d, Reason.NOT_MODELLED, Rule.DOCUMENT_NOT_MODELLED, "documents.not_modelled/advisory_volunteer_stopped",
          "case", d.caseId());
    }
    Subject s = conductCase.subject();
    ServiceEnd left = s.left().orElseThrow();
    Optional<Step> step = d.explanation().steps().stream().filter(x -> x.rule() == source && x.applied()).findFirst();
    LocalDate event = step.flatMap(Step::on).orElse(left.date());
    Fields f = new Fields();
    f.item(row, "", "full_name", Source.BLANK, Optional.empty(), Optional.empty());
    force(f, row, conductCase);
    f.item(row, "", "date_of_birth", Source.BLANK, Optional.empty(), Optional.empty());
    List<String> notes = new ArrayList<>();
    if (source == Rule.CONSEQUENCE_ADVISORY_LIST_VOLUNTEER_WITHDRAWN) {
      String status = s.role() == Role.COMMUNITY_SUPPORT_VOLUNTEER ? "community_support_volunteer" : "policing_support_volunteer";
      f.item(row, "volunteer", "status_at_the_time", Source.DERIVED, Optional.of(Sentences.text("documents.status." + status, row)),
          Optional.empty());
      f.item(row, "volunteer", "identifying_number", Source.BLANK, Optional.empty(), Optional.empty());
      f.item(row, "volunteer", "relevant_event_date", Source.DERIVED, Optional.of(event.toString()),
          Optional.of(Sentences.text(row.id() + "/event_withdrawn", row)));
      notes.add(Sentences.text(row.id() + "/unread_volunteer", row));
    } else {
      // as the decision read it: the report is for leaving while the allegation was outstanding, or for an allegation
      // that came to attention after the former officer left
      LocalDate attention = step.map(x -> x.facts().get("came_to_attention")).filter(x -> x != null && x.matches("\\d{4}-\\d{2}-\\d{2}"))
          .map(LocalDate::parse)
          .orElseGet(() -> conductCase.allegations().stream().map(Allegation::cameToAttention).min(LocalDate::compareTo).orElseThrow());
      boolean whileOutstanding = !attention.isAfter(left.date());
      boolean officer = s.role().isConstable();
      if (whileOutstanding) {
        f.item(row, "serving", "status_at_the_time", Source.DERIVED,
            Optional.of(Sentences.text("documents.status." + (officer ? "police_officer" : "civilian_police_employee"), row)),
            Optional.empty());
        if (officer) {
          f.item(row, "serving", "rank", s.rank().isPresent() ? Source.DERIVED : Source.NOT_RECORDED, s.rank().map(r -> words(r.code())),
              Optional.empty());
          f.item(row, "serving", "identifying_number", Source.BLANK, Optional.empty(), Optional.empty());
        } else {
          f.item(row, "serving_employee", "identifying_number", Source.BLANK, Optional.empty(), Optional.empty());
        }
        f.item(row, "serving", "relevant_event_date", Source.DERIVED, Optional.of(event.toString()),
            Optional.of(Sentences.text(row.id() + "/event_left", row, "reason", left.reason().code())));
        summary(f, row, "serving", conductCase);
        Optional<Proceedings> brought = conductCase.proceedings().filter(p -> p.date().map(x -> !x.isAfter(asAt)).orElse(true));
        Regime regime = d.regime().orElse(Regime.CONDUCT_REGULATIONS_2020);
        f.item(row, "serving", "proceedings_form", brought.isPresent() ? Source.DERIVED : Source.NOT_RECORDED,
            brought.map(p -> p.forum().nameUnder(regime)),
            brought.isPresent() ? Optional.of(Sentences.text(row.id() + "/proceedings_note", row))
                : Optional.of(Sentences.text(row.id() + "/no_proceedings", row)));
      } else {
        f.item(row, "former_officer", "rank", s.rank().isPresent() ? Source.DERIVED : Source.NOT_RECORDED, s.rank().map(r -> words(r.code())),
            Optional.empty());
        f.item(row, "former_officer", "identifying_number", Source.BLANK, Optional.empty(), Optional.empty());
        f.item(row, "former_officer", "ceased_to_be_an_officer", Source.DERIVED,
            Optional.of(Sentences.text(row.id() + "/ceased", row, "left", left.date(), "reason", left.reason().code())), Optional.empty());
        f.item(row, "former_officer", "relevant_event_date", Source.DERIVED, Optional.of(event.toString()),
            Optional.of(Sentences.text(row.id() + "/event_after_leaving", row)));
        summary(f, row, "former_officer", conductCase);
      }
      notes.add(Sentences.text(row.id() + "/unread", row));
    }
    due(f, c, source);
    return DocumentResult.of(new Document(kind, d.caseId(), asAt, title(kind, d.caseId()), f.out, notes), d);
  }

  // ---- helpers ---------------------------------------------------------------------------------------------

  private static Decision decide(ConductCase conductCase, LocalDate asAt) {
    Objects.requireNonNull(conductCase, "conductCase");
    Objects.requireNonNull(asAt, "asAt");
    return ConductRules.decide(conductCase, asAt);
  }

  private static DocumentResult none(DocumentKind kind, Decision d, Reason reason, Rule rule, String key, Object... facts) {
    return DocumentResult.none(kind, d, new WhyNot(reason, Sentences.text(key, rule, facts), rule,
        rule.citation(d.regime(), d.asAt())));
  }

  /**
   * No report: where the decision considered the report's rule and found it did not apply (the list did not exist yet,
   * nothing was outstanding when the subject left), that step's own sentence says why, under that rule's citation;
   * otherwise {@code key}'s sentence under {@code rule}'s.
   */
  private static DocumentResult notRequired(DocumentKind kind, Decision d, Rule rule, String key, List<Rule> considered) {
    Optional<Step> step = d.explanation().steps().stream().filter(x -> !x.applied() && considered.contains(x.rule())).findFirst();
    if (step.isPresent()) {
      Step x = step.get();
      return DocumentResult.none(kind, d, new WhyNot(Reason.NOT_REQUIRED, Sentences.text("documents.not_required", rule, "kind",
          kind.title(), "case", d.caseId(), "as_at", d.asAt(), "why", x.because()), x.rule(), x.citation()));
    }
    return none(kind, d, Reason.NOT_REQUIRED, rule, key, "case", d.caseId(), "as_at", d.asAt());
  }

  private static String title(DocumentKind kind, String caseId) {
    return kind.title() + ": case " + caseId;
  }

  private static String label(String key) {
    return Sentences.text("documents.label." + key, null);
  }

  private static String words(String code) {
    return code.replace('_', ' ');
  }

  private static String headings(Allegation a) {
    return a.standards().stream().map(st -> st.heading()).collect(Collectors.joining(", "));
  }

  /** The Standards of the allegations found to be misconduct or gross misconduct, each once, in the case's order. */
  private static String standardsBreached(ConductCase c, Proceedings p) {
    List<String> out = new ArrayList<>();
    for (Allegation a : c.allegations()) {
      boolean proved = p.findings().stream().anyMatch(x -> x.allegation().equals(a.id()) && x.finding().isProved());
      if (proved) {
        a.standards().forEach(st -> {
          if (!out.contains(st.heading())) {
            out.add(st.heading());
          }
        });
      }
    }
    return String.join("; ", out);
  }

  private static void force(Fields f, Rule row, ConductCase c) {
    f.item(row, "", "police_force", c.force().isPresent() ? Source.DERIVED : Source.NOT_RECORDED, c.force(), Optional.empty());
  }

  private static void summary(Fields f, Rule row, String limb, ConductCase c) {
    List<String> summaries = c.allegations().stream().filter(a -> a.summary().isPresent())
        .map(a -> a.id() + ": " + a.summary().get()).toList();
    f.item(row, limb, "allegation_summary", summaries.isEmpty() ? Source.NOT_RECORDED : Source.DERIVED,
        summaries.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", summaries)),
        summaries.isEmpty() ? Optional.empty() : Optional.of(Sentences.text(row.id() + "/summary_note", row)));
  }

  private static void due(Fields f, Consequence c, Rule rule) {
    f.field(rule, c.citation(), "due_by", label("due_by"), c.dueBy().isPresent() ? Source.DERIVED : Source.NOT_RECORDED,
        c.dueBy().map(LocalDate::toString), Optional.of(c.description()));
  }

  private static Citation cite(Citation row, PrescribedContents.Item item) {
    return row.url().isPresent() ? Citation.of(row.instrument(), item.pinpoint(), row.url().get())
        : Citation.of(row.instrument(), item.pinpoint());
  }

  /** The fields of a document being written. */
  private static final class Fields {
    final List<Document.Field> out = new ArrayList<>();

    /** A field for an item of {@code rule}'s prescribed contents: its key, label and provision from the row. */
    void item(Rule rule, String limb, String key, Source source, Optional<String> value, Optional<String> note) {
      PrescribedContents.Item item = rule.contents().orElseThrow().item(limb, key)
          .orElseThrow(() -> new IllegalStateException(rule.id() + " has no item " + limb + "/" + key));
      out.add(new Document.Field(key, item.label(), value, source, cite(rule.citation(), item), rule, note));
    }

    /** A field the provision does not list item by item (a forum, a date, a due date). */
    void field(Rule rule, Citation provision, String key, String label, Source source, Optional<String> value, Optional<String> note) {
      out.add(new Document.Field(key, label, value, source, provision, rule, note));
    }
  }
}

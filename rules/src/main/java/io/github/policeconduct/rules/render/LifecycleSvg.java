package io.github.policeconduct.rules.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Lifecycle;
import io.github.policeconduct.rules.Lifecycle.State;
import io.github.policeconduct.rules.Lifecycle.Transition;

/**
 * The lifecycle drawn as SVG by a small layered layout of our own (no Graphviz on a reader's machine):
 * <ol>
 *   <li>ranks: the longest path from {@link State#ALLEGATION_RECEIVED} over the forward transitions; a transition to a
 *       state declared earlier in {@link State} (a case returned from an accelerated hearing) is a back edge, left
 *       out of the ranking and drawn dashed. The states are declared in lifecycle order, so the forward transitions
 *       have no cycle;</li>
 *   <li>rows: each rank is a row of boxes; between two rows a row of virtual nodes, one per transition crossing it.
 *       The first virtual node of a transition holds its label (as Graphviz does with labels), so a label takes
 *       space in its row like a box and can overlap neither a box nor another label;</li>
 *   <li>order within rows: barycenter sweeps with a transpose step, a fixed number of rounds, keeping the order with
 *       the fewest crossings;</li>
 *   <li>x: each row placed by least squares towards its neighbours (pool-adjacent-violators under the order and the
 *       spacing), a fixed number of sweeps;</li>
 *   <li>edges: smooth cubic curves between rows and straight lines through a transition's virtual nodes, so no edge
 *       crosses a box or a label; a back edge between states of one row is a curve under them.</li>
 * </ol>
 * Deterministic: no hashing order, no clock, no randomness; numbers written in {@link Locale#ROOT}.
 */
final class LifecycleSvg {
  private LifecycleSvg() {}

  // Geometry, in SVG user units (CSS pixels).
  static final double STATE_FONT = 13;
  static final double LABEL_FONT = 11;
  /** A generous average advance of a sans-serif character, as a fraction of the font size (text is not measured). */
  static final double CHAR_EM = 0.62;
  static final double MARGIN = 16;
  static final double BOX_H = 36;
  static final double BOX_PAD = 14;
  static final double SEP = 22;
  static final double ROW_GAP = 30;
  /** The least distance between two arrows on a box's side. */
  static final double PORT_SEP = 18;
  static final double BACK_GAP = 40;
  static final double LINE_H = 13;
  static final double DUMMY_W = 8;
  /** A label node: the edge runs down its left side at {@code EDGE_IN}, the text starts at {@code TEXT_IN}. */
  static final double EDGE_IN = 4;
  static final double TEXT_IN = 10;
  static final int WRAP = 26;
  private static final int ORDER_ROUNDS = 24;
  private static final int PLACE_ROUNDS = 40;

  static final String FORWARD_COLOUR = "#33415c";
  static final String BACK_COLOUR = "#a4462a";

  private enum Kind { STATE, LABEL, DUMMY, U_LABEL }

  /** A box, a label or a point an edge passes, in a row. */
  private static final class Node {
    final Kind kind;
    final int row;
    final double width;
    final List<String> lines;
    final int stateOrdinal;
    final List<Node> up = new ArrayList<>();
    final List<Node> down = new ArrayList<>();
    double x; // centre
    int pos;
    List<Node> rowNodes = List.of();

    Node(Kind kind, int row, double width, List<String> lines, int stateOrdinal) {
      this.kind = kind;
      this.row = row;
      this.width = width;
      this.lines = lines;
      this.stateOrdinal = stateOrdinal;
    }

    /** Where an edge passes this node (its centre, or a label's left side). */
    double attach() {
      return kind == Kind.LABEL ? x - width / 2 + EDGE_IN : x;
    }

    double left() {
      return x - width / 2;
    }
  }

  /** A transition's path through the rows: the upper end, the virtual nodes, the lower end. */
  private record Chain(Transition t, boolean back, boolean reversed, boolean sameRow, Node upper, List<Node> middle,
      Node lower) {}

  /** The states drawn: those reachable from the first over the transitions drawn. */
  static Set<State> reachable(List<Transition> transitions) {
    Set<State> seen = EnumSet.of(State.ALLEGATION_RECEIVED);
    Deque<State> todo = new ArrayDeque<>(List.of(State.ALLEGATION_RECEIVED));
    while (!todo.isEmpty()) {
      State s = todo.removeFirst();
      for (Transition t : transitions) {
        if (t.from() == s && seen.add(t.to())) {
          todo.addLast(t.to());
        }
      }
    }
    return seen;
  }

  /** The transitions drawn: a former officer's leave out those only a serving officer can take. */
  static List<Transition> transitions(boolean formerOfficer) {
    List<Transition> all = ConductRules.lifecycle().transitions();
    List<Transition> kept = all.stream().filter(t -> !(formerOfficer && t.servingOnly())).toList();
    Set<State> states = reachable(kept);
    return kept.stream().filter(t -> states.contains(t.from())).toList();
  }

  static boolean isBack(Transition t) {
    return t.to().ordinal() <= t.from().ordinal();
  }

  static String render(boolean formerOfficer) {
    List<Transition> transitions = transitions(formerOfficer);
    Set<State> states = reachable(transitions);

    // 1. ranks: longest path over the forward transitions, states taken in declaration order (a topological order)
    Map<State, Integer> rank = new EnumMap<>(State.class);
    for (State s : states) {
      int r = 0;
      for (Transition t : transitions) {
        if (t.to() == s && !isBack(t) && rank.containsKey(t.from())) {
          r = Math.max(r, rank.get(t.from()) + 1);
        }
      }
      rank.put(s, r);
    }

    // 2. nodes in rows: states on even rows, virtual nodes between
    List<List<Node>> rows = new ArrayList<>();
    Map<State, Node> box = new EnumMap<>(State.class);
    for (State s : states) {
      // wide enough for its label, and for the arrows into its top or out of its bottom to stand apart
      long in = transitions.stream().filter(t -> t.to() == s && !(isBack(t) && rank.get(t.from()).equals(rank.get(s))))
          .count();
      long out = transitions.stream().filter(t -> t.from() == s).count()
          + transitions.stream().filter(t -> t.to() == s && isBack(t) && rank.get(t.from()).equals(rank.get(s))).count();
      double width = Math.max(textWidth(s.label(), STATE_FONT) + 2 * BOX_PAD, PORT_SEP * (Math.max(in, out) + 1) / 0.7);
      Node n = new Node(Kind.STATE, 2 * rank.get(s), width, List.of(s.label()), s.ordinal());
      box.put(s, n);
      row(rows, n.row).add(n);
    }
    List<Chain> chains = new ArrayList<>();
    for (Transition t : transitions) {
      boolean back = isBack(t);
      List<String> lines = wrap(t.when() + (t.servingOnly() ? " (serving only)" : ""));
      double labelW = TEXT_IN + lines.stream().mapToDouble(l -> textWidth(l, LABEL_FONT)).max().orElse(0) + 4;
      Node from = box.get(t.from());
      Node to = box.get(t.to());
      if (from.row == to.row) {
        Node label = new Node(Kind.U_LABEL, from.row + 1, labelW - TEXT_IN + 8, lines, -1);
        row(rows, label.row).add(label);
        link(from, label);
        link(to, label);
        chains.add(new Chain(t, back, false, true, from, List.of(label), to));
        continue;
      }
      boolean reversed = to.row < from.row;
      Node upper = reversed ? to : from;
      Node lower = reversed ? from : to;
      List<Node> middle = new ArrayList<>();
      Node previous = upper;
      for (int r = upper.row + 1; r < lower.row; r++) {
        Node v = r == upper.row + 1 ? new Node(Kind.LABEL, r, labelW, lines, -1)
            : new Node(Kind.DUMMY, r, DUMMY_W, List.of(), -1);
        row(rows, r).add(v);
        link(previous, v);
        middle.add(v);
        previous = v;
      }
      link(previous, lower);
      chains.add(new Chain(t, back, reversed, false, upper, middle, lower));
    }

    // 3. order within rows
    for (List<Node> row : rows) {
      renumber(row);
    }
    order(rows);
    for (List<Node> row : rows) {
      for (Node n : row) {
        n.rowNodes = row;
      }
    }

    // 4. x by sweeps; then the rows' heights and tops
    place(rows);
    straighten(chains);
    double minLeft = rows.stream().flatMap(List::stream).mapToDouble(Node::left).min().orElse(0);
    double maxRight = rows.stream().flatMap(List::stream).mapToDouble(n -> n.x + n.width / 2).max().orElse(0);
    for (List<Node> row : rows) {
      for (Node n : row) {
        n.x += MARGIN - minLeft;
      }
    }
    double[] top = new double[rows.size()];
    double[] height = new double[rows.size()];
    double y = MARGIN;
    for (int r = 0; r < rows.size(); r++) {
      List<Node> row = rows.get(r);
      double h = r % 2 == 0 ? BOX_H : 8;
      for (Node n : row) {
        if (n.kind == Kind.LABEL || n.kind == Kind.U_LABEL) {
          h = Math.max(h, n.lines.size() * LINE_H + 6);
        }
      }
      if (r > 0) {
        boolean uAbove = rows.get(r).stream().anyMatch(n -> n.kind == Kind.U_LABEL);
        y += uAbove ? BACK_GAP : ROW_GAP;
      }
      top[r] = y;
      height[r] = h;
      y += h;
    }
    double legendTop = y + ROW_GAP;
    List<String> legend = legend(formerOfficer, chains.stream().anyMatch(Chain::back));
    double width = Math.max(maxRight - minLeft + 2 * MARGIN,
        legend.stream().mapToDouble(l -> textWidth(l, LABEL_FONT)).max().orElse(0) + 2 * MARGIN);
    double heightAll = legendTop + legend.size() * LINE_H + MARGIN;

    // 5. ports: where each edge leaves or enters a box, spread along its side in the order of the other ends
    Map<Node, List<double[]>> bottomPorts = new java.util.IdentityHashMap<>();
    Map<Node, List<double[]>> topPorts = new java.util.IdentityHashMap<>();
    List<double[]> ends = new ArrayList<>(); // per chain: {upperX, lowerX}, filled below
    for (Chain c : chains) {
      double[] end = new double[2];
      ends.add(end);
      if (c.sameRow()) {
        bottomPorts.computeIfAbsent(c.upper(), k -> new ArrayList<>()).add(new double[] {c.lower().x, ends.size() - 1, 0});
        bottomPorts.computeIfAbsent(c.lower(), k -> new ArrayList<>()).add(new double[] {c.upper().x, ends.size() - 1, 1});
      } else {
        double firstX = c.middle().isEmpty() ? c.lower().x : c.middle().get(0).attach();
        double lastX = c.middle().isEmpty() ? c.upper().x : c.middle().get(c.middle().size() - 1).attach();
        bottomPorts.computeIfAbsent(c.upper(), k -> new ArrayList<>()).add(new double[] {firstX, ends.size() - 1, 0});
        topPorts.computeIfAbsent(c.lower(), k -> new ArrayList<>()).add(new double[] {lastX, ends.size() - 1, 1});
      }
    }
    assignPorts(bottomPorts, ends);
    assignPorts(topPorts, ends);

    // 6. the document
    String variant = formerOfficer ? "former" : "serving";
    String arrow = "lifecycle-" + variant + "-arrow";
    String arrowBack = "lifecycle-" + variant + "-arrow-back";
    StringBuilder b = new StringBuilder(16_384);
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(width)).append(' ')
        .append(num(heightAll)).append("\" width=\"").append(num(width)).append("\" height=\"").append(num(heightAll))
        .append("\" role=\"img\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\">\n");
    b.append("<title>").append(esc(formerOfficer ? "The lifecycle of a conduct case: a former officer"
        : "The lifecycle of a conduct case: a serving officer")).append("</title>\n");
    b.append("<desc>").append(esc(description(formerOfficer, states, transitions))).append("</desc>\n");
    b.append("<defs>\n");
    marker(b, arrow, FORWARD_COLOUR);
    marker(b, arrowBack, BACK_COLOUR);
    b.append("</defs>\n");

    b.append("<g class=\"states\">\n");
    for (State s : states) {
      Node n = box.get(s);
      double boxTop = top[n.row] + (height[n.row] - BOX_H) / 2;
      b.append("<g id=\"state-").append(esc(s.code())).append("\">\n<title>").append(esc(s.label())).append("</title>\n");
      b.append("<rect x=\"").append(num(n.left())).append("\" y=\"").append(num(boxTop)).append("\" width=\"")
          .append(num(n.width)).append("\" height=\"").append(num(BOX_H))
          .append("\" rx=\"8\" fill=\"").append(s == State.ALLEGATION_RECEIVED || s == State.CLOSED ? "#e3ecf7" : "#ffffff")
          .append("\" stroke=\"#1d3557\" stroke-width=\"1.5\"/>\n");
      b.append("<text x=\"").append(num(n.x)).append("\" y=\"").append(num(boxTop + BOX_H / 2 + STATE_FONT * 0.35))
          .append("\" font-size=\"").append(num(STATE_FONT)).append("\" text-anchor=\"middle\" fill=\"#1b1b1b\">")
          .append(esc(s.label())).append("</text>\n</g>\n");
    }
    b.append("</g>\n<g class=\"transitions\" fill=\"none\">\n");
    for (int i = 0; i < chains.size(); i++) {
      Chain c = chains.get(i);
      Transition t = c.t();
      String colour = c.back() ? BACK_COLOUR : FORWARD_COLOUR;
      b.append("<g class=\"transition").append(c.back() ? " back" : "").append(t.servingOnly() ? " serving-only" : "")
          .append("\">\n<title>").append(esc(t.from().label() + " -> " + t.to().label() + ": " + t.when() + " ("
              + t.citation() + ")")).append("</title>\n");
      b.append("<path d=\"").append(path(c, ends.get(i), top, height)).append("\" stroke=\"").append(colour)
          .append("\" stroke-width=\"1.4\"")
          .append(c.back() ? " stroke-dasharray=\"6 4\"" : t.servingOnly() ? " stroke-dasharray=\"2 3\"" : "")
          .append(" marker-end=\"url(#").append(c.back() ? arrowBack : arrow).append(")\"/>\n");
      if (!c.middle().isEmpty()) {
        Node label = c.middle().get(0);
        double textX = label.kind == Kind.U_LABEL ? label.x : label.left() + TEXT_IN;
        String anchor = label.kind == Kind.U_LABEL ? "middle" : "start";
        double textTop = top[label.row] + (height[label.row] - label.lines.size() * LINE_H) / 2;
        b.append("<text x=\"").append(num(textX)).append("\" y=\"").append(num(textTop + LINE_H - 3))
            .append("\" font-size=\"").append(num(LABEL_FONT)).append("\" text-anchor=\"").append(anchor)
            .append("\" fill=\"").append(c.back() ? BACK_COLOUR : "#3d3d3d").append("\" stroke=\"none\">");
        for (int l = 0; l < label.lines.size(); l++) {
          b.append("<tspan x=\"").append(num(textX)).append("\"").append(l == 0 ? "" : " dy=\"" + num(LINE_H) + "\"")
              .append('>').append(esc(label.lines.get(l))).append("</tspan>");
        }
        b.append("</text>\n");
      }
      b.append("</g>\n");
    }
    b.append("</g>\n<g class=\"legend\">\n<text x=\"").append(num(MARGIN)).append("\" y=\"")
        .append(num(legendTop + LINE_H - 3)).append("\" font-size=\"").append(num(LABEL_FONT)).append("\" fill=\"#555555\">");
    for (int l = 0; l < legend.size(); l++) {
      b.append("<tspan x=\"").append(num(MARGIN)).append("\"").append(l == 0 ? "" : " dy=\"" + num(LINE_H) + "\"")
          .append('>').append(esc(legend.get(l))).append("</tspan>");
    }
    b.append("</text>\n</g>\n</svg>\n");
    return b.toString();
  }

  private static List<String> legend(boolean formerOfficer, boolean anyBack) {
    List<String> out = new ArrayList<>();
    if (anyBack) {
      out.add("Dashed: a case returned to an earlier state.");
    }
    out.add(formerOfficer ? "Steps only a serving officer can take are left out."
        : "Dotted, \"(serving only)\": a step a former officer cannot take.");
    out.add("Each step's provision is in its tooltip (the 2020 Regulations).");
    return out;
  }

  private static String description(boolean formerOfficer, Set<State> states, List<Transition> transitions) {
    StringBuilder d = new StringBuilder();
    d.append(formerOfficer ? "The states a case about a former officer can pass through and the steps between them"
        : "The states a conduct case passes through and the lawful steps between them")
        .append(" (Police (Conduct) Regulations 2020). ");
    d.append(states.size()).append(" states, ").append(transitions.size()).append(" steps: ");
    List<String> steps = new ArrayList<>();
    for (Transition t : transitions) {
      steps.add(t.from().label() + " to " + t.to().label() + " (" + t.when() + ")");
    }
    return d.append(String.join("; ", steps)).append('.').toString();
  }

  private static void marker(StringBuilder b, String id, String colour) {
    b.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\"")
        .append(" markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour).append("\"/></marker>\n");
  }

  /** The path of a transition, from its {@code from} state to its {@code to} state. */
  private static String path(Chain c, double[] end, double[] top, double[] height) {
    Node u = c.upper();
    double uBottom = top[u.row] + (height[u.row] + BOX_H) / 2;
    if (c.sameRow()) {
      // a curve under the row, from the bottom of one box to the bottom of the other
      double depth = BACK_GAP * 1.15;
      return "M" + pt(end[0], uBottom) + " C" + pt(end[0], uBottom + depth) + " " + pt(end[1], uBottom + depth) + " "
          + pt(end[1], uBottom);
    }
    Node l = c.lower();
    double lTop = top[l.row] + (height[l.row] - BOX_H) / 2;
    List<double[]> points = new ArrayList<>(); // pairs of (x, y): a curve into each, a line through each node
    points.add(new double[] {end[0], uBottom});
    for (Node v : c.middle()) {
      points.add(new double[] {v.attach(), top[v.row]});
      points.add(new double[] {v.attach(), top[v.row] + height[v.row]});
    }
    points.add(new double[] {end[1], lTop});
    if (c.reversed()) {
      java.util.Collections.reverse(points);
    }
    StringBuilder d = new StringBuilder("M").append(pt(points.get(0)[0], points.get(0)[1]));
    for (int i = 1; i < points.size(); i++) {
      double[] p = points.get(i - 1);
      double[] q = points.get(i);
      boolean inRow = ((i % 2) == 0); // points 1-2, 3-4, ... are a node's top and bottom
      if (inRow) {
        d.append(" L").append(pt(q[0], q[1]));
      } else {
        double mid = (p[1] + q[1]) / 2;
        d.append(" C").append(pt(p[0], mid)).append(' ').append(pt(q[0], mid)).append(' ').append(pt(q[0], q[1]));
      }
    }
    return d.toString();
  }

  private static void assignPorts(Map<Node, List<double[]>> ports, List<double[]> ends) {
    for (Map.Entry<Node, List<double[]>> e : ports.entrySet()) {
      Node n = e.getKey();
      List<double[]> list = new ArrayList<>(e.getValue());
      list.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
      double usable = n.width * 0.7;
      for (int i = 0; i < list.size(); i++) {
        double x = list.size() == 1 ? n.x : n.x - usable / 2 + usable * i / (list.size() - 1);
        double[] p = list.get(i);
        ends.get((int) p[1])[(int) p[2]] = x;
      }
    }
  }

  private static List<Node> row(List<List<Node>> rows, int r) {
    while (rows.size() <= r) {
      rows.add(new ArrayList<>());
    }
    return rows.get(r);
  }

  private static void link(Node upper, Node lower) {
    upper.down.add(lower);
    lower.up.add(upper);
  }

  private static void renumber(List<Node> row) {
    for (int i = 0; i < row.size(); i++) {
      row.get(i).pos = i;
    }
  }

  /** Barycenter sweeps and transposition, a fixed number of rounds; the order with fewest crossings is kept. */
  private static void order(List<List<Node>> rows) {
    List<List<Node>> best = copy(rows);
    int bestCrossings = crossings(rows);
    for (int round = 0; round < ORDER_ROUNDS && bestCrossings > 0; round++) {
      boolean downward = round % 2 == 0;
      if (downward) {
        for (int r = 1; r < rows.size(); r++) {
          sortByBarycenter(rows.get(r), true);
        }
      } else {
        for (int r = rows.size() - 2; r >= 0; r--) {
          sortByBarycenter(rows.get(r), false);
        }
      }
      transpose(rows);
      int c = crossings(rows);
      if (c < bestCrossings) {
        bestCrossings = c;
        best = copy(rows);
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      rows.get(r).clear();
      rows.get(r).addAll(best.get(r));
      renumber(rows.get(r));
    }
  }

  private static void sortByBarycenter(List<Node> row, boolean fromAbove) {
    Map<Node, Double> key = new java.util.IdentityHashMap<>();
    for (Node n : row) {
      List<Node> ns = fromAbove ? n.up : n.down;
      key.put(n, ns.isEmpty() ? n.pos : ns.stream().mapToInt(m -> m.pos).average().orElse(n.pos));
    }
    row.sort(Comparator.<Node>comparingDouble(key::get).thenComparingInt(n -> n.pos));
    renumber(row);
  }

  private static void transpose(List<List<Node>> rows) {
    for (int pass = 0; pass < 4; pass++) {
      boolean improved = false;
      for (List<Node> row : rows) {
        for (int i = 0; i + 1 < row.size(); i++) {
          int before = crossings(rows);
          swap(row, i);
          if (crossings(rows) < before) {
            improved = true;
          } else {
            swap(row, i);
          }
        }
      }
      if (!improved) {
        return;
      }
    }
  }

  private static void swap(List<Node> row, int i) {
    Node a = row.get(i);
    row.set(i, row.get(i + 1));
    row.set(i + 1, a);
    renumber(row);
  }

  private static int crossings(List<List<Node>> rows) {
    int c = 0;
    for (List<Node> row : rows) {
      List<Node[]> segments = new ArrayList<>();
      for (Node n : row) {
        for (Node m : n.down) {
          segments.add(new Node[] {n, m});
        }
      }
      for (int i = 0; i < segments.size(); i++) {
        for (int j = i + 1; j < segments.size(); j++) {
          Node[] s = segments.get(i);
          Node[] t = segments.get(j);
          long a = Integer.compare(s[0].pos, t[0].pos);
          long b = Integer.compare(s[1].pos, t[1].pos);
          if (a * b < 0) {
            c++;
          }
        }
      }
    }
    return c;
  }

  private static List<List<Node>> copy(List<List<Node>> rows) {
    List<List<Node>> out = new ArrayList<>();
    for (List<Node> row : rows) {
      out.add(new ArrayList<>(row));
    }
    return out;
  }

  /** x: rows packed, then sweeps that move each row towards its neighbours by least squares under the spacing. */
  private static void place(List<List<Node>> rows) {
    for (List<Node> row : rows) {
      double x = 0;
      for (Node n : row) {
        n.x = x + n.width / 2;
        x += n.width + SEP;
      }
    }
    for (int round = 0; round < PLACE_ROUNDS; round++) {
      boolean downward = round % 2 == 0;
      for (int k = 0; k < rows.size(); k++) {
        List<Node> row = rows.get(downward ? k : rows.size() - 1 - k);
        double[] desired = new double[row.size()];
        for (int i = 0; i < row.size(); i++) {
          Node n = row.get(i);
          List<Node> ns = new ArrayList<>(downward ? n.up : n.down);
          if (ns.isEmpty() || round >= PLACE_ROUNDS - 2) {
            ns.addAll(downward ? n.down : n.up); // the last rounds balance both sides
          }
          double offset = n.x - n.attach();
          desired[i] = ns.isEmpty() ? n.x : ns.stream().mapToDouble(Node::attach).average().orElse(n.x) + offset;
          if (n.kind == Kind.U_LABEL) {
            desired[i] = n.up.stream().mapToDouble(m -> m.x).average().orElse(n.x);
          }
        }
        fit(row, desired);
      }
    }
  }

  /**
   * A long transition's virtual nodes on one vertical line where the rows leave room (longest first), so that it runs
   * straight down instead of weaving: at its label's line, or its lower end's, or its upper end's; failing those, as
   * few turns as the rows allow.
   */
  private static void straighten(List<Chain> chains) {
    List<Chain> longest = new ArrayList<>(chains);
    longest.sort(Comparator.comparingInt((Chain c) -> -c.middle().size()));
    for (Chain c : longest) {
      if (c.middle().size() < 2) {
        continue;
      }
      Node last = c.middle().get(c.middle().size() - 1);
      for (double line : new double[] {c.middle().get(0).attach(), c.lower().x, c.upper().x, last.attach()}) {
        boolean fits = true;
        for (Node v : c.middle()) {
          double x = line + (v.x - v.attach());
          fits &= fitsAt(v, x);
        }
        if (fits) {
          for (Node v : c.middle()) {
            v.x = line + (v.x - v.attach());
          }
          break;
        }
      }
      // where no one line fits, each virtual node stays on the line of the one above it where its row leaves room
      for (int i = 1; i < c.middle().size(); i++) {
        Node v = c.middle().get(i);
        double x = c.middle().get(i - 1).attach() + (v.x - v.attach());
        if (fitsAt(v, x)) {
          v.x = x;
        }
      }
    }
  }

  /** Whether {@code v} can be centred at {@code x} keeping its place in its row and the spacing. */
  private static boolean fitsAt(Node v, double x) {
    for (Node n : v.rowNodes) {
      if (n == v) {
        continue;
      }
      boolean before = n.pos < v.pos;
      double gap = before ? (x - v.width / 2) - (n.x + n.width / 2) : (n.x - n.width / 2) - (x + v.width / 2);
      if (gap < SEP) {
        return false;
      }
    }
    return true;
  }

  /** Least-squares x for the nodes of a row, in their order and at least {@link #SEP} apart (pool adjacent violators). */
  private static void fit(List<Node> row, double[] desired) {
    int n = row.size();
    double[] offset = new double[n];
    for (int i = 1; i < n; i++) {
      offset[i] = offset[i - 1] + row.get(i - 1).width / 2 + SEP + row.get(i).width / 2;
    }
    double[] mean = new double[n];
    int[] size = new int[n];
    int blocks = 0;
    for (int i = 0; i < n; i++) {
      mean[blocks] = desired[i] - offset[i];
      size[blocks] = 1;
      blocks++;
      while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
        double m = (mean[blocks - 2] * size[blocks - 2] + mean[blocks - 1] * size[blocks - 1])
            / (size[blocks - 2] + size[blocks - 1]);
        size[blocks - 2] += size[blocks - 1];
        mean[blocks - 2] = m;
        blocks--;
      }
    }
    int i = 0;
    for (int bl = 0; bl < blocks; bl++) {
      for (int k = 0; k < size[bl]; k++, i++) {
        row.get(i).x = mean[bl] + offset[i];
      }
    }
  }

  static double textWidth(String s, double fontSize) {
    return s.length() * fontSize * CHAR_EM;
  }

  /** Words wrapped at {@link #WRAP} characters. */
  static List<String> wrap(String s) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String pt(double x, double y) {
    return num(x) + "," + num(y);
  }

  /** A coordinate to one decimal place, in {@link Locale#ROOT}, without "-0". */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return String.format(Locale.ROOT, "%s%d.%d", tenths < 0 ? "-" : "", Math.abs(tenths) / 10, Math.abs(tenths) % 10);
  }

  /** Escapes text for XML content or a double-quoted attribute. */
  static String esc(String s) {
    return Html.esc(s);
  }
}

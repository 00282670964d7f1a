package io.github.policeconduct.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import io.github.policeconduct.rules.ConductRules;
import io.github.policeconduct.rules.Lifecycle.State;
import io.github.policeconduct.rules.Lifecycle.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The lifecycle as SVG: well-formed XML fit to be inlined in HTML, every state and transition of its variant exactly
 * once, no two boxes overlapping, no label over a box or another label or outside the drawing, the same every run.
 */
class DiagramsSvgTest {
  private static final String SVG = "http://www.w3.org/2000/svg";

  /** A rectangle, in user units. */
  private record Box(String what, double x, double y, double w, double h) {
    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    boolean inside(double vx, double vy, double vw, double vh) {
      return x >= vx && y >= vy && x + w <= vx + vw && y + h <= vy + vh;
    }
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new InputSource(new StringReader(svg)));
  }

  private static List<Element> elements(Node root, String name) {
    NodeList list = root instanceof Document d ? d.getElementsByTagNameNS(SVG, name)
        : ((Element) root).getElementsByTagNameNS(SVG, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static Element child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getLocalName().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + e.getLocalName() + ">");
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  private static List<String> classes(Element e) {
    return List.of(e.getAttribute("class").split(" "));
  }

  private static Set<State> expectedStates(boolean formerOfficer) {
    if (!formerOfficer) {
      return EnumSet.allOf(State.class);
    }
    // reachable from the first state without a serving-only step
    Set<State> seen = EnumSet.of(State.ALLEGATION_RECEIVED);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Transition t : ConductRules.lifecycle().transitions()) {
        if (!t.servingOnly() && seen.contains(t.from())) {
          grew |= seen.add(t.to());
        }
      }
    }
    return seen;
  }

  private static List<String> expectedTitles(boolean formerOfficer) {
    List<String> out = new ArrayList<>();
    for (Transition t : ConductRules.lifecycle().transitions()) {
      if (!(formerOfficer && t.servingOnly())) {
        out.add(t.from().label() + " -> " + t.to().label() + ": " + t.when() + " (" + t.citation() + ")");
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void isAStandaloneSvgDocumentFitToInlineInHtml(boolean formerOfficer) throws Exception {
    String svg = Diagrams.lifecycleSvg(formerOfficer);
    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" "), "no XML declaration or DOCTYPE");
    assertFalse(svg.contains("<!DOCTYPE") || svg.contains("<?xml"));
    assertFalse(svg.contains("\r"));
    assertTrue(svg.endsWith("</svg>\n"));
    Element root = parse(svg).getDocumentElement();
    assertEquals(SVG, root.getNamespaceURI());
    assertEquals("svg", root.getLocalName());
    assertEquals("img", root.getAttribute("role"));
    assertTrue(root.getAttribute("viewBox").matches("0 0 \\d+(\\.\\d)? \\d+(\\.\\d)?"), root.getAttribute("viewBox"));
    assertFalse(child(root, "title").getTextContent().isBlank());
    assertFalse(child(root, "desc").getTextContent().isBlank());
    // every url(#...) names a marker of this drawing
    Set<String> ids = new HashSet<>();
    for (Element m : elements(root, "marker")) {
      ids.add(m.getAttribute("id"));
    }
    for (Element p : elements(root, "path")) {
      String end = p.getAttribute("marker-end");
      if (!end.isEmpty()) {
        assertTrue(ids.contains(end.substring(5, end.length() - 1)), end);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void hasEveryStateAndTransitionOfItsVariantExactlyOnce(boolean formerOfficer) throws Exception {
    Document doc = parse(Diagrams.lifecycleSvg(formerOfficer));
    List<String> states = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Element g : elements(doc, "g")) {
      if (g.getAttribute("id").startsWith("state-")) {
        states.add(g.getAttribute("id"));
        State s = State.valueOf(g.getAttribute("id").substring(6).toUpperCase(java.util.Locale.ROOT));
        assertEquals(s.label(), child(g, "title").getTextContent());
      }
      if (classes(g).contains("transition")) {
        titles.add(child(g, "title").getTextContent());
      }
    }
    List<String> expected = expectedStates(formerOfficer).stream().map(s -> "state-" + s.code()).toList();
    assertEquals(expected, states);
    assertEquals(expectedTitles(formerOfficer), titles);
    if (formerOfficer) {
      assertFalse(states.contains("state-misconduct_meeting"), "a former officer has no misconduct meeting");
      assertFalse(states.contains("state-reflective_practice_review"));
    }
  }

  /** The boxes of the states and the extents of the labels (text is not measured: the layout's own estimate). */
  private static List<Box> boxesAndLabels(Document doc, List<Box> states) {
    List<Box> all = new ArrayList<>();
    for (Element g : elements(doc, "g")) {
      if (g.getAttribute("id").startsWith("state-")) {
        Element r = child(g, "rect");
        Box b = new Box(g.getAttribute("id"), num(r, "x"), num(r, "y"), num(r, "width"), num(r, "height"));
        states.add(b);
        all.add(b);
        Element t = child(g, "text");
        double w = LifecycleSvg.textWidth(t.getTextContent(), num(t, "font-size"));
        assertTrue(w <= b.w(), g.getAttribute("id") + "'s label is wider than its box");
      }
    }
    for (Element t : elements(doc, "text")) {
      Element parent = (Element) t.getParentNode();
      if (parent.getAttribute("id").startsWith("state-")) {
        continue;
      }
      double size = num(t, "font-size");
      List<Element> lines = elements(t, "tspan");
      double w = lines.stream().mapToDouble(l -> LifecycleSvg.textWidth(l.getTextContent(), size)).max().orElse(0);
      double x = num(t, "x") - (t.getAttribute("text-anchor").equals("middle") ? w / 2 : 0);
      double top = num(t, "y") - size; // from the first baseline up by the font's size
      double h = size + (lines.size() - 1) * LifecycleSvg.LINE_H + size * 0.3; // descenders below the last
      all.add(new Box("text \"" + t.getTextContent() + "\"", x, top, w, h));
    }
    return all;
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void noTwoBoxesOrLabelsOverlapAndAllLieInsideTheViewBox(boolean formerOfficer) throws Exception {
    Document doc = parse(Diagrams.lifecycleSvg(formerOfficer));
    String[] vb = doc.getDocumentElement().getAttribute("viewBox").split(" ");
    double vw = Double.parseDouble(vb[2]);
    double vh = Double.parseDouble(vb[3]);
    List<Box> states = new ArrayList<>();
    List<Box> all = boxesAndLabels(doc, states);
    assertEquals(expectedStates(formerOfficer).size(), states.size());
    for (int i = 0; i < all.size(); i++) {
      Box a = all.get(i);
      assertTrue(a.inside(0, 0, vw, vh), a + " outside the viewBox 0 0 " + vw + " " + vh);
      for (int j = i + 1; j < all.size(); j++) {
        Box b = all.get(j);
        assertFalse(a.overlaps(b), a + " overlaps " + b);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void statesFollowTheirLongestPathFromTheFirstState(boolean formerOfficer) throws Exception {
    Document doc = parse(Diagrams.lifecycleSvg(formerOfficer));
    List<Box> states = new ArrayList<>();
    boxesAndLabels(doc, states);
    // every forward transition goes down the page; the accelerated hearing's return goes back up to its own row
    for (Transition t : ConductRules.lifecycle().transitions()) {
      if (formerOfficer && t.servingOnly()) {
        continue;
      }
      Box from = states.stream().filter(b -> b.what().equals("state-" + t.from().code())).findFirst().orElseThrow();
      Box to = states.stream().filter(b -> b.what().equals("state-" + t.to().code())).findFirst().orElseThrow();
      if (t.to().ordinal() > t.from().ordinal()) {
        assertTrue(to.y() > from.y() + from.h(), t + " does not go down the page");
      } else {
        assertEquals(from.y(), to.y(), t + ": a case returned to a state of the same rank");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void backEdgesAreDrawnDistinctly(boolean formerOfficer) throws Exception {
    Document doc = parse(Diagrams.lifecycleSvg(formerOfficer));
    int back = 0;
    for (Element g : elements(doc, "g")) {
      if (classes(g).contains("transition")) {
        boolean isBack = child(g, "title").getTextContent().startsWith("Accelerated hearing -> Case to answer");
        assertEquals(isBack, classes(g).contains("back"), child(g, "title").getTextContent());
        Element p = child(g, "path");
        assertEquals(isBack, p.hasAttribute("stroke-dasharray") && p.getAttribute("stroke-dasharray").equals("6 4"));
        back += isBack ? 1 : 0;
      }
    }
    assertEquals(1, back);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void isTheSameEveryRun(boolean formerOfficer) {
    String first = Diagrams.lifecycleSvg(formerOfficer);
    for (int i = 0; i < 3; i++) {
      assertEquals(first, Diagrams.lifecycleSvg(formerOfficer));
    }
    assertFalse(first.equals(Diagrams.lifecycleSvg(!formerOfficer)));
  }

  @org.junit.jupiter.api.Test
  void textIsEscaped() {
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", LifecycleSvg.esc("a <b> & \"c\" 'd'"));
    assertEquals("-0.5", LifecycleSvg.num(-0.5));
    assertEquals("0", LifecycleSvg.num(-0.01));
    assertEquals("12.3", LifecycleSvg.num(12.34));
  }
}

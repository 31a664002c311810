package io.certstats.chart;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An SVG answer parsed as the XML it must be (a strict, namespace-aware parser that reads no DTD and no
 * external entity), with what every chart and badge must have: the SVG root, role="img", and the title
 * (and description) its aria-labelledby names.
 */
public record Svg(Document document) {

    public static final String NAMESPACE = "http://www.w3.org/2000/svg";

    public static Svg parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Svg svg = new Svg(factory.newDocumentBuilder().parse(new InputSource(new StringReader(text))));
            Element root = svg.root();
            assertEquals(NAMESPACE, root.getNamespaceURI());
            assertEquals("svg", root.getLocalName());
            assertEquals("img", root.getAttribute("role"));
            for (String id : root.getAttribute("aria-labelledby").split(" ")) {
                Element labelling = svg.byId(id);
                assertNotNull(labelling, "aria-labelledby names " + id);
                assertFalse(labelling.getTextContent().isBlank(), id + " is empty");
            }
            return svg;
        } catch (Exception e) {
            throw new AssertionError("not a well-formed SVG document: " + e + "\n" + text, e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    public Element byId(String id) {
        for (Element element : all("*")) {
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        return null;
    }

    /** Every SVG element of this name, in document order. */
    public List<Element> all(String name) {
        NodeList nodes = document.getElementsByTagNameNS(NAMESPACE, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The elements that carry the attribute. */
    public List<Element> with(String attribute) {
        return all("*").stream().filter(e -> e.hasAttribute(attribute)).toList();
    }

    /** The element whose attribute has the value; fails when there is none. */
    public Element where(String attribute, String value) {
        return all("*").stream().filter(e -> value.equals(e.getAttribute(attribute))).findFirst()
                .orElseThrow(() -> new AssertionError("no element with " + attribute + "=\"" + value + "\""));
    }

    public String text() {
        return root().getTextContent();
    }

    /** A chart is readable in light and dark: its style has a dark variant. */
    public void hasDarkStyle() {
        List<Element> styles = all("style");
        assertEquals(1, styles.size());
        assertTrue(styles.get(0).getTextContent().contains("@media (prefers-color-scheme: dark)"));
    }
}

package org.framebench.core.interchange;

import java.io.IOException;
import java.io.Writer;

/**
 * A small XML writer: attribute values keep their line breaks and tabs (written as character references, as
 * uimaj-core does, because a parser turns a raw line break in an attribute into a space).
 */
public final class XmlOut {

    private final Writer out;
    private boolean open;

    public XmlOut(Writer out) {
        this.out = out;
    }

    public void declaration() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    public XmlOut start(String name) throws IOException {
        closeStart();
        out.write('<');
        out.write(name);
        open = true;
        return this;
    }

    public XmlOut attribute(String name, Object value) throws IOException {
        if (value != null) {
            out.write(' ');
            out.write(name);
            out.write("=\"");
            escape(value.toString(), true);
            out.write('"');
        }
        return this;
    }

    /** Ends the element just started as empty ({@code <a/>}). */
    public void empty() throws IOException {
        out.write("/>\n");
        open = false;
    }

    public void text(String text) throws IOException {
        closeStart();
        escape(text, false);
    }

    public void end(String name) throws IOException {
        if (open) {
            out.write("/>");
            open = false;
        } else {
            out.write("</");
            out.write(name);
            out.write('>');
        }
        out.write('\n');
    }

    /** A whole element holding only text, omitted when the text is null. */
    public void element(String name, String text) throws IOException {
        if (text == null) {
            return;
        }
        start(name);
        closeStart();
        escape(text, false);
        out.write("</" + name + ">\n");
    }

    public void newline() throws IOException {
        closeStart();
        out.write('\n');
    }

    private void closeStart() throws IOException {
        if (open) {
            out.write('>');
            open = false;
        }
    }

    private void escape(String text, boolean attribute) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '"' -> out.write(attribute ? "&quot;" : "\"");
                case '\n' -> out.write(attribute ? "&#10;" : "\n");
                case '\r' -> out.write("&#13;");
                case '\t' -> out.write(attribute ? "&#9;" : "\t");
                default -> out.write(c);
            }
        }
    }
}

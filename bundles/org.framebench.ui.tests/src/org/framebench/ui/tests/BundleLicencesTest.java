package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.framebench.ui.help.BundleLicences;
import org.junit.jupiter.api.Test;

/** Reading a library's licence from what the library itself ships. */
class BundleLicencesTest {

    @Test
    void aBundleLicenseHeaderGivesItsNamesWithoutTheirLinks() {
        assertEquals("Apache-2.0", BundleLicences.fromHeader("\"Apache-2.0\";link=\"https://www.apache.org/licenses/LICENSE-2.0.txt\""));
        assertEquals("http://www.apache.org/licenses/LICENSE-2.0.txt",
                BundleLicences.fromHeader("http://www.apache.org/licenses/LICENSE-2.0.txt"));
        assertEquals("EPL-2.0, MIT", BundleLicences.fromHeader("EPL-2.0;link=\"x,y\", MIT"));
    }

    @Test
    void anEclipseAboutFileNamesItsLicence() {
        String about = "<p>Unless otherwise indicated below, the Content is provided to you under the terms and conditions of the\n"
                + "<a href=\"https://www.eclipse.org/legal/epl-2.0\">Eclipse Public License Version 2.0</a> (&quot;EPL&quot;).</p>";
        assertEquals("Eclipse Public License Version 2.0", BundleLicences.fromAbout(about));
        assertNull(BundleLicences.fromAbout("<p>No licence named here.</p>"));
    }

    @Test
    void aLicenceFileGivesItsTitleAndVersion() {
        assertEquals("Apache License Version 2.0",
                BundleLicences.fromLicenceFile("\n                                 Apache License\n                           Version 2.0, January 2004\n  http://www.apache.org/licenses/\n"));
        assertEquals("MIT License", BundleLicences.fromLicenceFile("MIT License\n\nCopyright (c) 2020"));
        assertNull(BundleLicences.fromLicenceFile("\n\n"));
    }
}

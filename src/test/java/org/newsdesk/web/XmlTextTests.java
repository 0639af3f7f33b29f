package org.newsdesk.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTextTests {

    @Test
    void removesOnlyWhatXmlCannotCarry() {
        assertThat(XmlText.clean("Tab\there, line\nbreak, 🙂 and ü")).isEqualTo("Tab\there, line\nbreak, 🙂 and ü");
        assertThat(XmlText.clean("Bell\u0007 and null\u0000 and \uFFFE gone")).isEqualTo("Bell and null and  gone");
        assertThat(XmlText.clean(null)).isNull();
    }
}

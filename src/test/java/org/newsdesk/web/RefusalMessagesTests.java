package org.newsdesk.web;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.site.RefusedException;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalMessagesTests {

    enum Reason { NAME_TAKEN, IN_USE }

    private static final RefusalMessages<Reason> WORDS = RefusalMessages.of(Reason.class, reason -> switch (reason) {
        case NAME_TAKEN -> "name.taken";
        case IN_USE -> "inUse";
    });

    record Form(String name) {
    }

    @Test
    void aRefusalWithAFieldIsAnErrorNextToThatField() {
        BindingResult form = new BeanPropertyBindingResult(new Form("Ana"), "form");

        WORDS.reject(form, new RefusedException(Reason.NAME_TAKEN, "name", "Ana"));

        assertThat(form.getGlobalErrorCount()).isZero();
        assertThat(form.getFieldError("name").getCode()).isEqualTo("name.taken");
        assertThat(form.getFieldError("name").getArguments()).containsExactly("Ana");
    }

    @Test
    void aRefusalWithoutAFieldIsAnErrorOfTheWholeForm() {
        BindingResult form = new BeanPropertyBindingResult(new Form("Ana"), "form");

        WORDS.reject(form, new RefusedException(Reason.IN_USE, null, "Ana", 3));

        assertThat(form.getFieldErrorCount()).isZero();
        assertThat(form.getGlobalError().getCode()).isEqualTo("inUse");
    }

    @Test
    void theMessageIsTheReasonsWordsWithTheRefusalsValues() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessages(Map.of("inUse", "{0} is used by {1} items."), Locale.ENGLISH);

        String text = messages.getMessage(WORDS.message(new RefusedException(Reason.IN_USE, null, "Ana", 3)), Locale.ENGLISH);

        assertThat(text).isEqualTo("Ana is used by 3 items.");
    }
}

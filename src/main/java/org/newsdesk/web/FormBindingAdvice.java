package org.newsdesk.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form is a record, filled through its constructor only ({@code declarativeBinding}): a
 * parameter that is no field of the form ({@code title[0]=x}, {@code tags[0].name=x},
 * {@code class.module…}) is ignored, where Spring would otherwise try it as a property path on
 * the record and fail with a 500. One rule for every form, present and future.
 */
@ControllerAdvice
class FormBindingAdvice {

    @InitBinder
    void constructorBindingOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }
}

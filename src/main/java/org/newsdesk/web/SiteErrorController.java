package org.newsdesk.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error is answered with the site's own HTML page (one template, {@code error}, worded by
 * {@link ErrorPage} for the status), whatever the client accepts: Newsdesk has no JSON API, and a crawler or
 * {@code curl} asking for {@code *}{@code /*} should see what a reader sees. Nothing about the
 * exception (message, class, stack trace) ever reaches the page.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class SiteErrorController extends AbstractErrorController {

    SiteErrorController(ErrorAttributes errorAttributes) {
        super(errorAttributes);
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        // Asked for by its address rather than forwarded to by an error, /error is no page at all.
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null
                ? HttpStatus.NOT_FOUND : getStatus(request);
        response.setStatus(status.value());
        if (status != HttpStatus.NOT_FOUND && status != HttpStatus.GONE) {
            // A failure or a refused request is not the page: no cache may keep it in place of the real one.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return new ModelAndView("error", ErrorPage.model(status.value(), request.getAttribute(ErrorPage.FORM_EXPIRED) != null), status);
    }
}

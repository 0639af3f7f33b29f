package org.newsdesk.media;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.newsdesk.site.Messages;
import org.newsdesk.site.RefusedException;
import org.newsdesk.web.PageNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library ({@code /admin/media}): a grid of every picture (searched in alt text and
 * caption, optionally only the unused ones), uploads of one or several files at once (each refusal
 * said for its file), and one page per picture with its details, focal point, replacement and
 * deletion (only when nothing uses it; otherwise it says what does).
 */
@Controller
@RequestMapping("/admin/media")
record MediaAdminController(Pictures pictures, Messages messages) {

    static final int LIBRARY_SIZE = 200;

    @GetMapping
    ModelAndView library(@RequestParam(required = false) String q, @RequestParam(required = false) String unused) {
        boolean unusedOnly = "true".equals(unused);
        return new ModelAndView("admin/media/list")
                .addObject("pictures", pictures.library(q, unusedOnly, LIBRARY_SIZE))
                .addObject("q", q == null ? "" : q)
                .addObject("unusedOnly", unusedOnly);
    }

    @PostMapping
    ModelAndView upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal editor,
                        RedirectAttributes redirect) {
        List<String> refusals = new ArrayList<>();
        List<PictureView> added = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
                continue;
            }
            try {
                added.add(pictures.upload(new Pictures.Upload(file.getSize(), file), editor.getName()));
            }
            catch (RefusedException refused) {
                refusals.add(messages.get("media.refused", fileName(file), messages.get(PictureRefusalMessages.PICTURES.message(refused))));
            }
        }
        if (added.isEmpty() && refusals.isEmpty()) {
            refusals.add(messages.get("media.error.empty"));
        }
        if (!added.isEmpty()) {
            redirect.addFlashAttribute("flash", messages.get("media.uploaded", added.size()));
        }
        if (!refusals.isEmpty()) {
            redirect.addFlashAttribute("flashError", String.join(" ", refusals));
        }
        return new ModelAndView(added.size() == 1 ? "redirect:/admin/media/" + added.get(0).id() : "redirect:/admin/media");
    }

    @GetMapping("/{id}")
    ModelAndView show(@PathVariable String id) {
        PictureView picture = find(id);
        return page(picture, PictureForm.of(picture));
    }

    @PostMapping("/{id}")
    ModelAndView describe(@PathVariable String id, @Valid @ModelAttribute("form") PictureForm form, BindingResult errors,
                          Principal editor, RedirectAttributes redirect) {
        PictureView picture = find(id);
        if (errors.hasErrors()) {
            return page(picture, form);
        }
        pictures.describe(picture.id(), form.details(), editor.getName());
        redirect.addFlashAttribute("flash", messages.get("media.saved"));
        return new ModelAndView("redirect:/admin/media/" + picture.id());
    }

    @PostMapping("/{id}/replace")
    ModelAndView replace(@PathVariable String id, @RequestParam(name = "files", required = false) MultipartFile file,
                         Principal editor, RedirectAttributes redirect) {
        PictureView picture = find(id);
        try {
            if (file == null || file.isEmpty()) {
                throw new RefusedException(PictureRefusal.EMPTY, "files");
            }
            pictures.replace(picture.id(), new Pictures.Upload(file.getSize(), file), editor.getName());
            redirect.addFlashAttribute("flash", messages.get("media.replaced"));
        }
        catch (RefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(PictureRefusalMessages.PICTURES.message(refused)));
        }
        return new ModelAndView("redirect:/admin/media/" + picture.id());
    }

    @PostMapping("/{id}/delete")
    ModelAndView delete(@PathVariable String id, RedirectAttributes redirect) {
        PictureView picture = find(id);
        try {
            pictures.delete(picture.id());
            redirect.addFlashAttribute("flash", messages.get("media.deleted"));
            return new ModelAndView("redirect:/admin/media");
        }
        catch (RefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(PictureRefusalMessages.PICTURES.message(refused)));
            return new ModelAndView("redirect:/admin/media/" + picture.id());
        }
    }

    private ModelAndView page(PictureView picture, PictureForm form) {
        return new ModelAndView("admin/media/show")
                .addObject("picture", picture)
                .addObject("form", form)
                .addObject("uses", pictures.usesOf(picture.id()));
    }

    private PictureView find(String id) {
        try {
            return pictures.find(Long.parseLong(id)).orElseThrow(PictureNotFoundException::new);
        }
        catch (NumberFormatException e) {
            throw new PageNotFoundException("picture " + id);
        }
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "?";
        }
        name = name.replaceAll("\\p{Cntrl}", "");
        return name.length() > 80 ? name.substring(0, 79) + "…" : name;
    }
}

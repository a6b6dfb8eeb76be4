package de.mitreden.links;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.mitreden.dialogue.Dialogue;
import de.mitreden.dialogue.DialogueEngine;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff page for multiplier links in the admin web ({@code /admin/links}, form login and CSRF of
 * the admin module's chain): create a link, see its addresses and counts (exact numbers: staff only),
 * download QR codes and flyers, deactivate and reactivate. Uses the admin web's layout
 * ({@code admin-web/templates/layout.html}) and fills the header's model itself.
 */
@Controller
class LinksPageController {

	private final Links links;

	private final ChannelCounts counts;

	private final LinkAddresses addresses;

	private final Flyers flyers;

	private final DialogueEngine engine;

	LinksPageController(Links links, ChannelCounts counts, LinkAddresses addresses, Flyers flyers,
			DialogueEngine engine) {
		this.links = links;
		this.counts = counts;
		this.addresses = addresses;
		this.flyers = flyers;
		this.engine = engine;
	}

	/** One row of the page's table. */
	public record Row(Link link, String telegramUrl, String webUrl, String multiplierUrl, Counts counts,
			String dialogueTitle) {
	}

	/** A dialogue as the header and the form show it. */
	public record DialogueChoice(String id, String title, List<String> languages) {
	}

	@GetMapping("/admin/links")
	String page(Model model, Authentication authentication) {
		header(model, authentication);
		Map<String, Counts> all = this.counts.allChannels();
		List<Row> rows = this.links.all()
			.stream()
			.map((link) -> new Row(link, this.addresses.telegram(link).orElse(null), this.addresses.web(link),
					this.addresses.multiplierPage(link), all.getOrDefault(link.code(), Counts.ZERO),
					title(link.dialogueId())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("telegramConnected", rows.isEmpty() || rows.get(0).telegramUrl() != null);
		return "links/index";
	}

	@PostMapping("/admin/links")
	String create(@RequestParam String name, @RequestParam(required = false) String dialogue,
			@RequestParam(required = false) String language, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			Link link = this.links.create(new NewLink(name, dialogue, language, note));
			redirect.addFlashAttribute("notice", "Link „" + link.name() + "“ angelegt.");
		}
		catch (LinkProblem problem) {
			redirect.addFlashAttribute("problem", "Nicht angelegt: " + problem.getMessage());
		}
		return "redirect:/admin/links";
	}

	@PostMapping("/admin/links/{code}/active")
	String active(@PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
		Link link = this.links.setActive(code, active);
		redirect.addFlashAttribute("notice",
				"Link „" + link.name() + "“ " + (active ? "wieder aktiv." : "deaktiviert; seine Zahlen bleiben."));
		return "redirect:/admin/links";
	}

	@GetMapping("/admin/links/{code}/qr.png")
	ResponseEntity<byte[]> qrPng(@PathVariable String code, @RequestParam(required = false) String target) {
		Link link = existing(code);
		return file(QrCodes.png(this.addresses.qrTarget(link, target)), MediaType.IMAGE_PNG,
				this.addresses.qrFileName(link, target, "png"));
	}

	@GetMapping("/admin/links/{code}/qr.svg")
	ResponseEntity<byte[]> qrSvg(@PathVariable String code, @RequestParam(required = false) String target) {
		Link link = existing(code);
		return file(QrCodes.svg(this.addresses.qrTarget(link, target)).getBytes(StandardCharsets.UTF_8),
				MediaType.parseMediaType("image/svg+xml"), this.addresses.qrFileName(link, target, "svg"));
	}

	@GetMapping("/admin/links/{code}/flyer.pdf")
	ResponseEntity<byte[]> flyer(@PathVariable String code, @RequestParam(required = false) String format,
			@RequestParam(required = false) String language) {
		Link link = existing(code);
		Flyers.Format size = Flyers.Format.of(format);
		return file(this.flyers.pdf(link, size, language), MediaType.APPLICATION_PDF,
				"mitreden-flyer-" + link.code() + "-" + size.name().toLowerCase() + ".pdf");
	}

	private void header(Model model, Authentication authentication) {
		List<DialogueChoice> dialogues = this.engine.dialogues()
			.stream()
			.map((dialogue) -> new DialogueChoice(dialogue.id(), title(dialogue.id()), dialogue.languages()))
			.toList();
		model.addAttribute("allDialogues", dialogues);
		model.addAttribute("staffName", (authentication != null) ? authentication.getName() : null);
		model.addAttribute("isAdmin", authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch("ROLE_ADMIN"::equals));
		model.addAttribute("languageNames", this.engine.languages()
			.stream()
			.collect(java.util.stream.Collectors.toMap((code) -> code, (code) -> this.engine.text(code, "language.name"),
					(a, b) -> a, java.util.LinkedHashMap::new)));
	}

	private String title(String dialogueId) {
		return this.engine.dialogues()
			.stream()
			.filter((dialogue) -> dialogue.id().equals(dialogueId))
			.findFirst()
			.map((dialogue) -> titleOf(dialogue))
			.orElse(dialogueId);
	}

	private static String titleOf(Dialogue dialogue) {
		var texts = dialogue.texts(dialogue.defaultLanguage());
		return (texts != null) ? texts.title() : dialogue.id();
	}

	private Link existing(String code) {
		return this.links.find(code)
			.orElseThrow(() -> new LinkProblem(LinkProblem.Kind.NOT_FOUND, "there is no link with the code '" + code + "'"));
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(content);
	}

}

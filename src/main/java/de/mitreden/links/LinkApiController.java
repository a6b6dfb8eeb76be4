package de.mitreden.links;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.mitreden.links.LinkProblem.Kind;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API for multiplier links (HTTP Basic, see {@link LinkSecurity}): create, list, deactivate,
 * QR codes and flyers. Errors are JSON {@code {"error": "..."}} saying what is wrong.
 */
@RestController
class LinkApiController {

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private final Links links;

	private final ChannelCounts counts;

	private final LinkAddresses addresses;

	private final Flyers flyers;

	LinkApiController(Links links, ChannelCounts counts, LinkAddresses addresses, Flyers flyers) {
		this.links = links;
		this.counts = counts;
		this.addresses = addresses;
		this.flyers = flyers;
	}

	/** The body of {@code POST /api/links}. */
	record CreateRequest(String name, String dialogue, String language, String note) {
	}

	@PostMapping(path = "/api/links", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> create(@RequestBody CreateRequest request) {
		Link link = this.links
			.create(new NewLink(request.name(), request.dialogue(), request.language(), request.note()));
		return ResponseEntity.created(URI.create("/api/links/" + link.code())).body(describe(link, false));
	}

	@GetMapping(path = "/api/links", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Map<String, Object>> list() {
		Map<String, Counts> all = this.counts.allChannels();
		return this.links.all().stream().map((link) -> withCounts(link, all.getOrDefault(link.code(), Counts.ZERO))).toList();
	}

	@GetMapping(path = "/api/links/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> one(@PathVariable String code) {
		Link link = existing(code);
		Map<String, Object> body = withCounts(link, this.counts.ofChannel(code));
		List<Map<String, Object>> days = this.counts.byDay(code)
			.entrySet()
			.stream()
			.map((day) -> countsOf(Map.of("day", day.getKey().toString()), day.getValue()))
			.toList();
		body.put("days", days);
		return body;
	}

	/** The body of {@code PATCH /api/links/{code}}. */
	record ChangeRequest(Boolean active) {
	}

	/** Deactivates ({@code {"active": false}}) or reactivates a link; its counts stay. */
	@PatchMapping(path = "/api/links/{code}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> change(@PathVariable String code, @RequestBody ChangeRequest request) {
		if (request.active() == null) {
			throw new LinkProblem(Kind.INVALID, "active: true or false");
		}
		return describe(this.links.setActive(code, request.active()), true);
	}

	@GetMapping("/api/links/{code}/qr.png")
	ResponseEntity<byte[]> qrPng(@PathVariable String code, @RequestParam(required = false) String target) {
		Link link = existing(code);
		return file(QrCodes.png(this.addresses.qrTarget(link, target)), MediaType.IMAGE_PNG, this.addresses.qrFileName(link, target, "png"));
	}

	@GetMapping("/api/links/{code}/qr.svg")
	ResponseEntity<byte[]> qrSvg(@PathVariable String code, @RequestParam(required = false) String target) {
		Link link = existing(code);
		byte[] svg = QrCodes.svg(this.addresses.qrTarget(link, target)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return file(svg, SVG, this.addresses.qrFileName(link, target, "svg"));
	}

	@GetMapping("/api/links/{code}/flyer.pdf")
	ResponseEntity<byte[]> flyer(@PathVariable String code, @RequestParam(required = false) String format,
			@RequestParam(required = false) String language) {
		Link link = existing(code);
		Flyers.Format size = Flyers.Format.of(format);
		byte[] pdf = this.flyers.pdf(link, size, language);
		String suffix = (language != null && !language.isBlank()) ? "-" + language.strip() : "";
		return file(pdf, MediaType.APPLICATION_PDF,
				"mitreden-flyer-" + link.code() + "-" + size.name().toLowerCase() + suffix + ".pdf");
	}

	@ExceptionHandler(LinkProblem.class)
	ResponseEntity<Map<String, String>> problem(LinkProblem problem) {
		HttpStatus status = switch (problem.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case DUPLICATE -> HttpStatus.CONFLICT;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
		};
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", problem.getMessage()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, String>> unreadable() {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", "the body must be JSON like {\"name\": \"Sportverein\", \"language\": \"de\"}"));
	}

	private Link existing(String code) {
		return this.links.find(code)
			.orElseThrow(() -> new LinkProblem(Kind.NOT_FOUND, "there is no link with the code '" + code + "'"));
	}

	private Map<String, Object> withCounts(Link link, Counts counts) {
		Map<String, Object> body = describe(link, true);
		body.put("counts", countsOf(Map.of(), counts));
		return body;
	}

	private Map<String, Object> describe(Link link, boolean details) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", link.code());
		Optional<String> telegram = this.addresses.telegram(link);
		body.put("telegramUrl", telegram.orElse(null));
		body.put("webUrl", this.addresses.web(link));
		body.put("multiplierUrl", this.addresses.multiplierPage(link));
		if (telegram.isEmpty()) {
			body.put("telegramNote", "No Telegram bot is connected (TELEGRAM_BOT_TOKEN), so this link has the web chat "
					+ "link only; its QR codes and flyers open the web chat.");
		}
		body.put("name", link.name());
		body.put("dialogue", link.dialogueId());
		body.put("language", link.language());
		if (details) {
			body.put("note", link.note());
			body.put("active", link.active());
			body.put("createdOn", link.createdOn().toString());
		}
		return body;
	}

	private static Map<String, Object> countsOf(Map<String, Object> first, Counts counts) {
		Map<String, Object> body = new LinkedHashMap<>(first);
		body.put("started", counts.started());
		body.put("consented", counts.consented());
		body.put("completed", counts.completed());
		body.put("answers", counts.answers());
		return body;
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(content);
	}

}

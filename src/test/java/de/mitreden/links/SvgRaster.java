package de.mitreden.links;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Draws the QR SVG's unit squares into an image, so the test can decode what the SVG shows. */
final class SvgRaster {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final Pattern SQUARE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

	private static final int SCALE = 8;

	private SvgRaster() {
	}

	static BufferedImage render(String svg) {
		Matcher box = VIEW_BOX.matcher(svg);
		if (!box.find()) {
			throw new AssertionError("no viewBox in " + svg);
		}
		int width = Integer.parseInt(box.group(1));
		int height = Integer.parseInt(box.group(2));
		BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		graphics.setColor(Color.BLACK);
		Matcher square = SQUARE.matcher(svg);
		while (square.find()) {
			graphics.fillRect(Integer.parseInt(square.group(1)) * SCALE, Integer.parseInt(square.group(2)) * SCALE,
					SCALE, SCALE);
		}
		graphics.dispose();
		return image;
	}

}

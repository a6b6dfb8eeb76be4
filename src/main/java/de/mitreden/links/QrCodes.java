package de.mitreden.links;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes of a link as PNG or SVG. Error correction level M (a crumpled poster still scans) and the
 * standard quiet zone of 4 modules around the code.
 */
final class QrCodes {

	private static final int QUIET_ZONE = 4;

	private static final int PNG_MODULE_PIXELS = 10;

	private QrCodes() {
	}

	/** The code with one entry per module (no scaling), quiet zone included. */
	static BitMatrix matrix(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot make a QR code of this text", ex);
		}
	}

	static byte[] png(String text) {
		BitMatrix modules = matrix(text);
		BitMatrix scaled = scale(modules, PNG_MODULE_PIXELS);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			MatrixToImageWriter.writeToStream(scaled, "PNG", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** One path of unit squares on a white background; scales to any size without blur. */
	static String svg(String text) {
		BitMatrix modules = matrix(text);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < modules.getHeight(); y++) {
			for (int x = 0; x < modules.getWidth(); x++) {
				if (modules.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		int width = modules.getWidth();
		int height = modules.getHeight();
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\""
				+ width * PNG_MODULE_PIXELS + "\" height=\"" + height * PNG_MODULE_PIXELS
				+ "\" shape-rendering=\"crispEdges\">" + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
				+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
	}

	private static BitMatrix scale(BitMatrix modules, int factor) {
		BitMatrix scaled = new BitMatrix(modules.getWidth() * factor, modules.getHeight() * factor);
		for (int y = 0; y < modules.getHeight(); y++) {
			for (int x = 0; x < modules.getWidth(); x++) {
				if (modules.get(x, y)) {
					scaled.setRegion(x * factor, y * factor, factor, factor);
				}
			}
		}
		return scaled;
	}

}

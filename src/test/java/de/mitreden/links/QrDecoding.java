package de.mitreden.links;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads the QR code in an image, as a phone camera would, for the tests of links, flyers and the staff pages. */
public final class QrDecoding {

	private QrDecoding() {
	}

	/**
	 * First as a pure code with its quiet zone (the PNG and SVG downloads), then by searching the image (a flyer
	 * page). ZXing's search alone misses about 3 in 1,000 of the perfect downloads (checked: zbar reads every
	 * one), which made tests with random link codes flaky.
	 */
	public static String decode(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
		}
		catch (NotFoundException | ChecksumException | FormatException notPure) {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
		}
	}

}

package org.newsdesk.accounts;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn as one SVG path, for an inline {@code <svg>} in the page: no image request, no
 * {@code data:} URL (the Content-Security-Policy allows neither for this), and nothing sent to
 * another service. Made with ZXing's encoder.
 *
 * @param size the width and height in modules, quiet zone included (the SVG's viewBox)
 * @param path the dark modules as path data, one {@code M x y h1 v1 h-1 z} square each
 */
record QrCode(int size, String path) {

    static QrCode of(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return new QrCode(matrix.getWidth(), path.toString());
        }
        catch (WriterException tooLong) {
            throw new IllegalArgumentException("Cannot draw a QR code of " + text.length() + " characters", tooLong);
        }
    }

    String viewBox() {
        return "0 0 " + size + " " + size;
    }
}

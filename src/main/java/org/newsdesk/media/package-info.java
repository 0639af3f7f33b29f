/**
 * Pictures (issue 13): uploads made safe (content sniffed, limits, metadata stripped by
 * re-encoding, orientation applied, sRGB), their files behind one small storage interface
 * ({@link org.newsdesk.media.MediaStore}; PostgreSQL by default, or an S3-compatible object
 * store), variants and crops made once in the background by one instance, files served at
 * content-hashed URLs under {@code /media/}, and the editors' media library at {@code /admin/media}. The API for other modules is
 * {@link org.newsdesk.media.Pictures} (look-ups, views for templates) and
 * {@link org.newsdesk.media.PictureUses} (what another module tells about pictures it uses).
 */
package org.newsdesk.media;

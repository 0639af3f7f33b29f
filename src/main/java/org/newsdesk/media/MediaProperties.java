package org.newsdesk.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Pictures' limits and the memory their serving may take.
 *
 * @param maxFileSize the largest file an editor may upload
 * @param maxPixels the most pixels a picture may have (read from its header, before decoding)
 * @param memoryCacheMaxBytes memory kept for serving small files without reading the store
 * @param memoryCacheMaxFile files larger than this are always read from the store
 * @param sweep how often an instance looks for variants still to make (another instance's, or left by one that stopped)
 */
@ConfigurationProperties("newsdesk.media")
record MediaProperties(
        @DefaultValue("25MB") DataSize maxFileSize,
        @DefaultValue("60000000") long maxPixels,
        @DefaultValue("16MB") DataSize memoryCacheMaxBytes,
        @DefaultValue("256KB") DataSize memoryCacheMaxFile,
        @DefaultValue("30s") Duration sweep) {
}

package se.postboxen.kollegan.bot.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import se.postboxen.kollegan.bot.document.DocumentProperties;

/**
 * Refuses request bodies over the configured size with 413: at once when
 * {@code Content-Length} says so, and while streaming when a chunked body grows too
 * large, so that no oversized body is ever buffered or half-processed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

	static final String INBOUND_MAIL_PREFIX = "/api/inbound/";

	private final long maxBytes;

	static final String MEETINGS_PREFIX = "/api/agents/meetings/";

	static final String TRANSCRIPT_SUFFIX = "/transcript";

	private final long maxMailBytes;

	private final long maxTranscriptBytes;

	/** Where documents are uploaded: the API and the documents page's form. */
	static final Set<String> DOCUMENT_UPLOADS = Set.of("/api/documents", "/documents");

	private final long maxDocumentBytes;

	RequestBodyLimitFilter(ApiProperties properties, DocumentProperties documents) {
		this.maxBytes = properties.maxBodySize().toBytes();
		this.maxMailBytes = properties.maxMailSize().toBytes();
		this.maxTranscriptBytes = properties.maxTranscriptSize().toBytes();
		this.maxDocumentBytes = documents.maxRequestBytes();
	}

	private long limitFor(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (DOCUMENT_UPLOADS.contains(path)) {
			return this.maxDocumentBytes;
		}
		if (path.startsWith(INBOUND_MAIL_PREFIX)) {
			return this.maxMailBytes;
		}
		if (path.startsWith(MEETINGS_PREFIX) && path.endsWith(TRANSCRIPT_SUFFIX)) {
			return this.maxTranscriptBytes;
		}
		return this.maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			reject(response);
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request, limit), response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!causedByLimit(ex)) {
				throw ex;
			}
			if (!response.isCommitted()) {
				response.reset();
				reject(response);
			}
		}
	}

	/** Whether a failure comes from a body cut off at the limit (and so deserves 413). */
	static boolean causedByLimit(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

	/** Through the error dispatch, so that the problem body is rendered in one place. */
	private static void reject(HttpServletResponse response) throws IOException {
		response.setHeader("Connection", "close");
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
	}

	/** Thrown by the counting stream; mapped to 413 by the handlers. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("Request body too large");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedInputStream(super.getInputStream(), this.maxBytes);
			}
			return this.stream;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long maxBytes;

		private long read;

		LimitedInputStream(ServletInputStream delegate, long maxBytes) {
			this.delegate = delegate;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b != -1) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			this.read += n;
			if (this.read > this.maxBytes) {
				throw new BodyTooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}

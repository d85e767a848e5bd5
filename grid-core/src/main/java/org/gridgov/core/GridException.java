package org.gridgov.core;

/**
 * The root of every exception the grid library throws on purpose.
 *
 * <p>Unchecked: a caller who passes bad input or misuses the API gets one of its
 * subclasses, whose getters carry the identifying fields (an area code, a JSON
 * path, a matter id). Messages never contain personal data.
 */
public class GridException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GridException(String message) {
        super(message);
    }

    public GridException(String message, Throwable cause) {
        super(message, cause);
    }
}

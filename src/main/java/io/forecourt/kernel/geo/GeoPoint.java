package io.forecourt.kernel.geo;

/**
 * A WGS-84 position. Distances are great-circle (haversine) distances, which is what
 * ranking nearby dealers needs; road distance is a map service's job.
 */
public record GeoPoint(double latitude, double longitude) {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	public GeoPoint {
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new IllegalArgumentException("latitude must be between -90 and 90");
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("longitude must be between -180 and 180");
		}
	}

	public double distanceKm(GeoPoint other) {
		double dLat = Math.toRadians(other.latitude - this.latitude);
		double dLon = Math.toRadians(other.longitude - this.longitude);
		double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(this.latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
	}

}

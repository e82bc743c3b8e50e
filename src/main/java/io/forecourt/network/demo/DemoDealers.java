package io.forecourt.network.demo;

import java.util.List;

/**
 * The demo network: one OEM, three regions and fourteen dealers in real cities, with the
 * cities' GB/T 2260 codes and their centre coordinates (WGS-84), offset a little so
 * dealers of one city do not sit on one point. Addresses are plausible, not real
 * businesses.
 */
final class DemoDealers {

	private DemoDealers() {
	}

	record DemoRegion(String code, String nameZh, String nameEn) {
	}

	record DemoDealer(String code, String region, String nameZh, String nameEn, String address, String cityCode,
			double latitude, double longitude, String phone, int bays) {
	}

	static final List<DemoRegion> REGIONS = List.of(new DemoRegion("EAST", "华东大区", "East China"),
			new DemoRegion("NORTH", "华北大区", "North China"),
			new DemoRegion("SOUTHWEST", "华南西南大区", "South & Southwest China"));

	static final List<DemoDealer> DEALERS = List.of(
			new DemoDealer("SH-001", "EAST", "上海虹桥前庭汽车4S店", "Forecourt Shanghai Hongqiao", "上海市闵行区申长路 988 号", "310100",
					31.1944, 121.3206, "021-6234 5678", 12),
			new DemoDealer("SH-002", "EAST", "上海浦东前庭汽车4S店", "Forecourt Shanghai Pudong", "上海市浦东新区张杨路 1500 号", "310100",
					31.2317, 121.5440, "021-5878 1200", 10),
			new DemoDealer("HZ-001", "EAST", "杭州滨江前庭汽车4S店", "Forecourt Hangzhou Binjiang", "杭州市滨江区江南大道 3800 号",
					"330100", 30.2084, 120.2119, "0571-8669 3300", 8),
			new DemoDealer("NJ-001", "EAST", "南京河西前庭汽车4S店", "Forecourt Nanjing Hexi", "南京市建邺区江东中路 222 号", "320100",
					32.0045, 118.7306, "025-8668 2100", 8),
			new DemoDealer("SZ-001", "EAST", "苏州园区前庭汽车4S店", "Forecourt Suzhou Industrial Park", "苏州市工业园区星湖街 328 号",
					"320500", 31.3020, 120.6710, "0512-6288 7700", 6),
			new DemoDealer("NB-001", "EAST", "宁波鄞州前庭汽车4S店", "Forecourt Ningbo Yinzhou", "宁波市鄞州区天童南路 588 号", "330200",
					29.8190, 121.5560, "0574-8788 6600", 6),
			new DemoDealer("BJ-001", "NORTH", "北京亦庄前庭汽车4S店", "Forecourt Beijing Yizhuang", "北京市大兴区荣华南路 15 号", "110100",
					39.7950, 116.5060, "010-6780 2288", 14),
			new DemoDealer("BJ-002", "NORTH", "北京望京前庭汽车4S店", "Forecourt Beijing Wangjing", "北京市朝阳区阜通东大街 6 号", "110100",
					39.9960, 116.4810, "010-6470 3399", 10),
			new DemoDealer("TJ-001", "NORTH", "天津河西前庭汽车4S店", "Forecourt Tianjin Hexi", "天津市河西区友谊路 35 号", "120100",
					39.1050, 117.2100, "022-2830 5566", 8),
			new DemoDealer("JN-001", "NORTH", "济南高新前庭汽车4S店", "Forecourt Jinan Hi-Tech", "济南市历城区经十路 7000 号", "370100",
					36.6680, 117.1360, "0531-8888 1122", 6),
			new DemoDealer("GZ-001", "SOUTHWEST", "广州天河前庭汽车4S店", "Forecourt Guangzhou Tianhe", "广州市天河区黄埔大道西 638 号",
					"440100", 23.1290, 113.3560, "020-3888 6611", 12),
			new DemoDealer("SZN-001", "SOUTHWEST", "深圳南山前庭汽车4S店", "Forecourt Shenzhen Nanshan", "深圳市南山区深南大道 9668 号",
					"440300", 22.5400, 113.9500, "0755-8655 2200", 10),
			new DemoDealer("CD-001", "SOUTHWEST", "成都高新前庭汽车4S店", "Forecourt Chengdu Hi-Tech", "成都市武侯区天府大道北段 1700 号",
					"510100", 30.5700, 104.0670, "028-8533 9900", 10),
			new DemoDealer("CQ-001", "SOUTHWEST", "重庆渝北前庭汽车4S店", "Forecourt Chongqing Yubei", "重庆市渝北区金开大道 88 号",
					"500100", 29.6450, 106.5600, "023-6789 1234", 8));

}

package org.jiandu.core.demo;

import java.util.List;
import java.util.Map;

/** Township and subdistrict names per county, used by the demo data (counts follow {@code CountyProfile}). */
final class TownshipNames {

    private TownshipNames() {
    }

    static final Map<String, List<String>> BY_COUNTY = Map.of(
            "shangzhou", List.of("城关街道", "大赵峪街道", "陈塬街道", "刘湾街道", "夜村镇", "沙河子镇", "杨峪河镇", "金陵寺镇",
                    "黑山镇", "杨斜镇", "麻街镇", "牧护关镇", "大荆镇", "腰市镇", "板桥镇", "北宽坪镇", "三岔河镇", "闫村镇"),
            "luonan", List.of("城关街道", "四皓街道", "景村镇", "古城镇", "三要镇", "灵口镇", "寺耳镇", "巡检镇", "石坡镇",
                    "石门镇", "麻坪镇", "洛源镇", "保安镇", "永丰镇", "卫东镇", "柏峪寺镇"),
            "danfeng", List.of("龙驹寨街道", "庾家河镇", "铁峪铺镇", "武关镇", "竹林关镇", "土门镇", "寺坪镇", "商镇", "棣花镇",
                    "峦庄镇", "蔡川镇", "花瓶子镇"),
            "shangnan", List.of("城关街道", "富水镇", "湘河镇", "赵川镇", "金丝峡镇", "过风楼镇", "试马镇", "清油河镇",
                    "十里坪镇", "青山镇"),
            "shanyang", List.of("城关街道", "十里铺街道", "高坝店镇", "天竺山镇", "中村镇", "银花镇", "西照川镇", "漫川关镇",
                    "南宽坪镇", "户垣镇", "杨地镇", "小河口镇", "色河铺镇", "板岩镇", "延坪镇", "两岭镇", "王闫镇", "法官镇"),
            "zhenan", List.of("永乐街道", "回龙镇", "铁厂镇", "大坪镇", "米粮镇", "茅坪回族镇", "西口回族镇", "高峰镇",
                    "青铜关镇", "柴坪镇", "达仁镇", "木王镇", "云盖寺镇", "庙沟镇", "月河镇"),
            "zhashui", List.of("乾佑街道", "营盘镇", "下梁镇", "石瓮镇", "凤凰镇", "红岩寺镇", "曹坪镇", "杏坪镇", "瓦房口镇"));
}

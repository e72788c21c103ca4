package org.jiandu.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jiandu.core.model.AuthorizedPost;
import org.jiandu.core.model.Cadre;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.City;
import org.jiandu.core.model.CollaborationZone;
import org.jiandu.core.model.County;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.model.OrgNode;
import org.jiandu.core.model.Rank;
import org.jiandu.core.model.Secondment;
import org.jiandu.core.model.SupervisionGrid;
import org.jiandu.core.model.Township;
import org.jiandu.core.model.Unit;
import org.jiandu.core.model.UnitKind;
import org.jiandu.core.model.Village;

/**
 * Deterministic demo jurisdiction for Shangluo following the 2024 report: 98 townships, 220 authorised posts,
 * 2 vacant township secretary posts and 10 vacant full-time posts city-wide, more than 12% of township cadres
 * seconded away long-term, Danfeng's 157 villages, Zhashui's 5 collaboration zones, Luonan's supervision grids.
 * Each county draws from its own seeded stream, so loading one county or all gives the same data for it.
 */
public final class DemoDataGenerator {

    public static final long DEFAULT_SEED = 20240712L;
    /** Vacancies city-wide (report: 2 township secretaries and 10 full-time cadres missing). */
    static final int SECRETARY_VACANCIES = 2;
    static final int FULL_TIME_VACANCIES = 10;

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
            + "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红梅海波宁飞俊峰斌新亮浩凯文博志永春晓林";
    private static final String VILLAGE_FIRST = "东西南北上下前后大小新老石柳杨桃李花松竹梨枣麻马龙凤金银河沟坪峪川湾岭坡庙寺塬关";
    private static final String VILLAGE_SECOND = "庄沟坪湾岭河园峪川坡台堡营口店铺坝寨塬口";
    private static final String[] DEPARTMENTS = { "县委办公室", "县政府办公室", "组织部", "宣传部", "统战部", "政法委", "发展和改革局",
            "教育局", "科技局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境分局",
            "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康局", "退役军人事务局",
            "应急管理局", "审计局", "市场监督管理局", "统计局", "林业局", "医疗保障局", "乡村振兴局", "信访局", "税务局", "供销社" };
    private static final String[] ENTERPRISES = { "城市建设投资有限公司", "水务集团有限公司", "旅游发展有限公司", "国有资产投资有限公司",
            "农业发展投资有限公司", "交通建设有限公司" };
    private static final String[] SCHOOLS = { "第一中学", "第二中学", "职业教育中心", "城关小学", "实验小学", "第三中学", "东关小学", "西关小学" };
    private static final String[] HOSPITALS = { "医院", "中医医院", "妇幼保健院", "疾病预防控制中心" };

    private final long seed;

    public DemoDataGenerator() {
        this(DEFAULT_SEED);
    }

    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    /** The city node plus the given counties. Pass {@link CountyProfile#ALL} for the whole city. */
    public DemoDataSet generate(List<CountyProfile> counties, City existingCity) {
        DemoDataSet set = new DemoDataSet();
        City city = existingCity;
        if (city == null) {
            city = new City(CountyProfile.CITY_CODE, CountyProfile.CITY_NAME_ZH, null);
            set.nodes.add(city);
        }
        Set<String> vacantSecretary = new HashSet<>();
        Set<String> vacantFullTime = new HashSet<>();
        chooseVacancies(vacantSecretary, vacantFullTime);
        for (CountyProfile p : counties) {
            generateCounty(set, city, p, vacantSecretary, vacantFullTime);
        }
        return set;
    }

    /** Vacancies are drawn over the whole city from one stream so a county's share never depends on what else loads. */
    private void chooseVacancies(Set<String> secretary, Set<String> fullTime) {
        List<String> townships = new ArrayList<>();
        List<String> fullTimePosts = new ArrayList<>();
        for (CountyProfile p : CountyProfile.ALL) {
            for (int t = 1; t <= p.townships(); t++) {
                String code = townshipCode(p, t);
                townships.add(code);
                for (int k = 2; k <= postsOf(p, t); k++) {
                    fullTimePosts.add(code + "#" + k);
                }
            }
        }
        Random r = new Random(seed);
        while (secretary.size() < SECRETARY_VACANCIES) {
            secretary.add(townships.get(r.nextInt(townships.size())));
        }
        while (fullTime.size() < FULL_TIME_VACANCIES) {
            fullTime.add(fullTimePosts.get(r.nextInt(fullTimePosts.size())));
        }
    }

    static String townshipCode(CountyProfile p, int index) {
        return String.format("%s-t%02d", p.id(), index);
    }

    /** Posts of the index-th township (1-based): the county's rate, one more for the first {@code extraPosts}. */
    static int postsOf(CountyProfile p, int index) {
        return p.postsPerTownship() + (index <= p.extraPosts() ? 1 : 0);
    }

    private void generateCounty(DemoDataSet set, City city, CountyProfile p, Set<String> vacantSecretary,
            Set<String> vacantFullTime) {
        int countyIndex = CountyProfile.ALL.indexOf(p);
        Random r = new Random(seed * 31 + countyIndex + 1);
        Names names = new Names(r);
        County county = new County(p.id(), p.nameZh(), city);
        set.nodes.add(county);
        LocalDate base = LocalDate.of(2024, 7, 12);

        // County commission staff and stationed groups.
        int cadreNo = 1;
        for (int i = 0; i < 24; i++) {
            Rank rank = i < 6 ? Rank.SECTION : Rank.STAFF;
            set.cadres.add(new Cadre(cadreCode(p, cadreNo++), names.person(), county, rank, CadreRole.FULL_TIME_CADRE,
                    base.minusDays(200 + r.nextInt(3000))));
        }

        // County-level units.
        int unitNo = 1;
        for (String d : DEPARTMENTS) {
            set.nodes.add(new Unit(String.format("%s-u%03d", p.id(), unitNo++), p.nameZh() + d, county, UnitKind.DEPARTMENT));
        }
        for (String e : ENTERPRISES) {
            set.nodes.add(new Unit(String.format("%s-u%03d", p.id(), unitNo++), p.nameZh().substring(0, 2) + e, county,
                    UnitKind.ENTERPRISE));
        }
        for (String s : SCHOOLS) {
            set.nodes.add(new Unit(String.format("%s-u%03d", p.id(), unitNo++), p.nameZh() + s, county, UnitKind.SCHOOL));
        }
        for (String h : HOSPITALS) {
            set.nodes.add(new Unit(String.format("%s-u%03d", p.id(), unitNo++), p.nameZh() + h, county, UnitKind.HOSPITAL));
        }

        List<String> townshipNames = TownshipNames.BY_COUNTY.get(p.id());
        List<Township> townships = new ArrayList<>();
        List<Cadre> townshipCadres = new ArrayList<>();
        int villagesLeft = p.villages();
        for (int t = 1; t <= p.townships(); t++) {
            String tCode = townshipCode(p, t);
            Township township = new Township(tCode, townshipNames.get(t - 1), county);
            set.nodes.add(township);
            townships.add(township);

            // Authorised posts: post 1 is the township commission secretary.
            for (int k = 1; k <= postsOf(p, t); k++) {
                boolean secretary = k == 1;
                boolean vacant = secretary ? vacantSecretary.contains(tCode) : vacantFullTime.contains(tCode + "#" + k);
                Cadre holder = null;
                if (!vacant) {
                    holder = new Cadre(cadreCode(p, cadreNo++), names.person(), township, Rank.SECTION,
                            secretary ? CadreRole.TOWNSHIP_SECRETARY : CadreRole.FULL_TIME_CADRE,
                            base.minusDays(60 + r.nextInt(1100)));
                    set.cadres.add(holder);
                    townshipCadres.add(holder);
                }
                set.posts.add(new AuthorizedPost(township, secretary ? "纪委书记" : "专职纪检监察干部", holder));
            }

            // Villages and communities, spread evenly with the remainder on the first townships.
            int remainingTownships = p.townships() - t + 1;
            int villages = villagesLeft / remainingTownships;
            villagesLeft -= villages;
            boolean subdistrict = township.getName().endsWith("街道");
            Set<String> used = new HashSet<>();
            for (int v = 1; v <= villages; v++) {
                String vName = names.village(used, subdistrict && v % 2 == 1);
                Village village = new Village(String.format("%s-v%03d", tCode, v), vName, township);
                set.nodes.add(village);
                Cadre director = new Cadre(cadreCode(p, cadreNo++), names.person(), village, Rank.VILLAGE,
                        CadreRole.VILLAGE_SUPERVISION_DIRECTOR, base.minusDays(r.nextInt(1500)));
                set.cadres.add(director);
                if ("luonan".equals(p.id())) {
                    int grids = 3 + r.nextInt(3);
                    for (int g = 1; g <= grids; g++) {
                        Cadre supervisor = new Cadre(cadreCode(p, cadreNo++), names.person(), village, Rank.VILLAGE,
                                CadreRole.INTEGRITY_SUPERVISOR, base.minusDays(r.nextInt(900)));
                        set.cadres.add(supervisor);
                        set.grids.add(new SupervisionGrid(vName + "第" + g + "网格", village, supervisor));
                    }
                }
            }
        }

        // Long-term secondments: a little over 12% of township cadres, ongoing for more than three months.
        int seconded = (int) Math.ceil(townshipCadres.size() * 0.13);
        List<Cadre> pool = new ArrayList<>(townshipCadres);
        Collections.shuffle(pool, r);
        String[] destinations = { "县纪委监委审查调查室(抽调办案)", "县委巡察办(跟班学习)", "驻村工作队", "县重点项目指挥部" };
        for (int i = 0; i < seconded; i++) {
            LocalDate start = base.minusDays(100 + r.nextInt(300));
            set.secondments.add(new Secondment(pool.get(i), destinations[r.nextInt(destinations.length)], start, null));
        }

        // Zhashui's five collaboration zones (协作区), townships grouped by proximity (here: by order).
        if ("zhashui".equals(p.id())) {
            String[] zoneNames = { "第一协作区", "第二协作区", "第三协作区", "第四协作区", "第五协作区" };
            for (int z = 0; z < zoneNames.length; z++) {
                CollaborationZone zone = new CollaborationZone(zoneNames[z], county);
                for (int t = z; t < townships.size(); t += zoneNames.length) {
                    zone.getTownships().add(townships.get(t));
                }
                set.zones.add(zone);
            }
        }
    }

    private static String cadreCode(CountyProfile p, int n) {
        return String.format("%s-c%05d", p.id(), n);
    }

    /** Deterministic Chinese names from one seeded stream. */
    private static final class Names {
        private final Random r;

        Names(Random r) {
            this.r = r;
        }

        String person() {
            StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
            sb.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
            if (r.nextInt(3) > 0) {
                sb.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
            }
            return sb.toString();
        }

        String village(Set<String> used, boolean community) {
            for (int attempt = 0;; attempt++) {
                String stem = "" + VILLAGE_FIRST.charAt(r.nextInt(VILLAGE_FIRST.length()))
                        + VILLAGE_SECOND.charAt(r.nextInt(VILLAGE_SECOND.length()));
                if (attempt > 50) {
                    stem = stem + attempt;
                }
                String name = stem + (community ? "社区" : "村");
                if (used.add(name)) {
                    return name;
                }
            }
        }
    }

    /** Exposed for tests: the node with the given code, or null. */
    public static OrgNode find(DemoDataSet set, String code) {
        return set.nodes.stream().filter(n -> n.getCode().equals(code)).findFirst().orElse(null);
    }
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountSpec</name>
    <message>
        <source>%1 %2</source>
        <comment>an account&apos;s name and a number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation>请输入账号名称。</translation>
    </message>
    <message>
        <source>Another account is already called &quot;%1&quot;. Choose another name.</source>
        <translation>已有账号名为“%1”。请换一个名称。</translation>
    </message>
    <message>
        <source>The embedded simulator is already an account (&quot;%1&quot;); it has one data folder, so it can be added only once.</source>
        <translation>内置模拟器已经是一个账号（“%1”）；它只有一个数据文件夹，因此只能添加一次。</translation>
    </message>
    <message>
        <source>Name the two environment variables that hold the %1 and the %2.</source>
        <translation>请填写保存 %1 和 %2 的两个环境变量名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable&apos;s name: use letters, digits and underscores, not starting with a digit.</source>
        <translation>“%1”不是环境变量名：请使用字母、数字和下划线，且不能以数字开头。</translation>
    </message>
</context>
<context>
    <name>ActionAvailability</name>
    <message>
        <source>Select an instance on the Instances tab to image it.</source>
        <translation>请在“实例”标签页中选择要制作镜像的实例。</translation>
    </message>
    <message>
        <source>Select a single instance: an image is made from one.</source>
        <translation>请只选择一台实例：一个镜像由一台实例制作。</translation>
    </message>
    <message>
        <source>The account is overdue, so %1 image creation is disabled. Top up to enable it.</source>
        <translation>账号已欠费，%1 的镜像创建功能已停用。请充值后启用。</translation>
    </message>
    <message>
        <source>An image is already being made from this instance.</source>
        <translation>已在用此实例制作镜像。</translation>
    </message>
    <message>
        <source>The instance is %1; wait until it has finished.</source>
        <translation>实例状态为%1；请等待其完成。</translation>
    </message>
    <message>
        <source>This region already holds %1 of %2 custom images. Delete an image to make room.</source>
        <translation>此地域已有 %1 个自定义镜像（配额 %2 个）。请先删除一个镜像以腾出配额。</translation>
    </message>
    <message>
        <source>Select one snapshot to make an image from it.</source>
        <translation>请选择一个快照来制作镜像。</translation>
    </message>
    <message>
        <source>%1 makes images from instances only; select an instance.</source>
        <translation>%1 只能用实例制作镜像；请选择一台实例。</translation>
    </message>
    <message>
        <source>The account is overdue; top up to create images.</source>
        <translation>账号已欠费；请充值后再创建镜像。</translation>
    </message>
    <message>
        <source>The snapshot is still being created.</source>
        <translation>快照仍在创建中。</translation>
    </message>
    <message>
        <source>Select an image on the Images tab to launch from it.</source>
        <translation>请在“镜像”标签页中选择要用于创建实例的镜像。</translation>
    </message>
    <message>
        <source>Select a single image to launch from.</source>
        <translation>请只选择一个镜像来创建实例。</translation>
    </message>
    <message>
        <source>The image is to be repossessed because the account is overdue. Top up to use it again.</source>
        <translation>账号已欠费，该镜像待回收。充值后即可继续使用。</translation>
    </message>
    <message>
        <source>The image is %1; instances can be launched once it is available.</source>
        <translation>镜像状态为%1；镜像可用后即可创建实例。</translation>
    </message>
    <message>
        <source>Select an image to copy.</source>
        <translation>请选择要复制的镜像。</translation>
    </message>
    <message>
        <source>Select a single image to copy.</source>
        <translation>请只选择一个要复制的镜像。</translation>
    </message>
    <message>
        <source>%1 does not support copying custom images to another region.</source>
        <translation>%1 不支持将自定义镜像复制到其他地域。</translation>
    </message>
    <message>
        <source>The image is %1; only an available image can be copied.</source>
        <translation>镜像状态为%1；只能复制可用的镜像。</translation>
    </message>
    <message>
        <source>The account is overdue; top up to copy images.</source>
        <translation>账号已欠费；请充值后再复制镜像。</translation>
    </message>
    <message>
        <source>Select an image to edit.</source>
        <translation>请选择要编辑的镜像。</translation>
    </message>
    <message>
        <source>Select a single image to edit.</source>
        <translation>请只选择一个要编辑的镜像。</translation>
    </message>
    <message>
        <source>Select one or more images to delete.</source>
        <translation>请选择要删除的一个或多个镜像。</translation>
    </message>
    <message>
        <source>Select a stopped instance to start.</source>
        <translation>请选择一台已关机的实例来开机。</translation>
    </message>
    <message>
        <source>Select a running instance to stop.</source>
        <translation>请选择一台运行中的实例来关机。</translation>
    </message>
</context>
<context>
    <name>ConnectionChoice</name>
    <message>
        <source>Enter the address imprint-sim printed when it started, e.g. http://127.0.0.1:8080.</source>
        <translation>请输入 imprint-sim 启动时显示的地址，例如 http://127.0.0.1:8080。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>“%1”不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>Plain http:// only reaches imprint-sim on this computer (127.0.0.1 or localhost); use an https:// address for %1.</source>
        <translation>明文 http:// 只能连接本机上的 imprint-sim（127.0.0.1 或 localhost）；连接 %1 请使用 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <source>Cannot create the data folder %1. Choose another one with --data-dir.</source>
        <translation>无法创建数据文件夹 %1。请用 --data-dir 选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1 reads its API key from %2, which are not both set. Set them before starting Imprint, or change the account under File &gt; Accounts.</source>
        <translation>%1 从 %2 读取 API 密钥，但它们没有都设置。请在启动 Imprint 之前设置，或在“文件 &gt; 账号”中修改该账号。</translation>
    </message>
    <message>
        <source>%1 needs an API key: enter it under File &gt; Accounts, or set %2 before starting Imprint.</source>
        <translation>%1 需要 API 密钥：请在“文件 &gt; 账号”中输入，或在启动 Imprint 之前设置 %2。</translation>
    </message>
</context>
<context>
    <name>CvmPolicy</name>
    <message>
        <source>Local data disks cannot be included in a CVM image; choose cloud data disks only.</source>
        <translation>CVM 镜像不能包含本地数据盘，请只选择云硬盘数据盘。</translation>
    </message>
    <message>
        <source>Data disks you did not include are not in the image: to keep their data, snapshot them and create disks from those snapshots when you launch.</source>
        <translation>未选中的数据盘不会包含在镜像中：如需保留其数据，请为其创建快照，并在创建实例时用这些快照创建云硬盘。</translation>
    </message>
</context>
<context>
    <name>Disk</name>
    <message>
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 GiB (%2 GiB used)</source>
        <translation>%1 GiB（已用 %2 GiB）</translation>
    </message>
</context>
<context>
    <name>EcsPolicy</name>
    <message>
        <source>Delete all confidential data from the instance.</source>
        <translation>删除实例中的所有机密数据。</translation>
    </message>
    <message>
        <source>The instance may keep running, but do not stop, start or restart it until the image is available.</source>
        <translation>实例可以保持运行，但在镜像可用之前请勿关机、开机或重启。</translation>
    </message>
    <message>
        <source>Do not load data-disk entries in /etc/fstab.</source>
        <translation>不要在 /etc/fstab 中加载数据盘条目。</translation>
    </message>
    <message>
        <source>Unmount all file systems mounted on the instance.</source>
        <translation>卸载实例上挂载的所有文件系统。</translation>
    </message>
    <message>
        <source>Do not upgrade the kernel or the operating system.</source>
        <translation>不要升级内核或操作系统。</translation>
    </message>
    <message>
        <source>Keep one root partition on the system disk.</source>
        <translation>系统盘只保留一个根分区。</translation>
    </message>
    <message>
        <source>Make sure the system disk has free space.</source>
        <translation>确保系统盘有剩余空间。</translation>
    </message>
    <message>
        <source>Do not modify /sbin, /bin or /lib.</source>
        <translation>不要修改 /sbin、/bin 或 /lib。</translation>
    </message>
    <message>
        <source>Keep the default login user root.</source>
        <translation>保留默认登录用户 root。</translation>
    </message>
    <message>
        <source>The name needs at least 2 characters.</source>
        <translation>名称至少需要 2 个字符。</translation>
    </message>
    <message>
        <source>The name cannot start with http:// or https://.</source>
        <translation>名称不能以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The name cannot start with &quot;acs:&quot; or &quot;aliyun&quot;, which Alibaba Cloud reserves.</source>
        <translation>名称不能以阿里云保留的“acs:”或“aliyun”开头。</translation>
    </message>
    <message>
        <source>The name must start with a letter or a Chinese character.</source>
        <translation>名称必须以字母或汉字开头。</translation>
    </message>
    <message>
        <source>Use only letters, Chinese characters, digits, colons (:), underscores (_), periods (.) and hyphens (-).</source>
        <translation>只能使用字母、汉字、数字、冒号（:）、下划线（_）、英文句点（.）和连字符（-）。</translation>
    </message>
    <message>
        <source>A description needs at least 2 characters; leave it empty or write more.</source>
        <translation>描述至少需要 2 个字符；请留空或多写一些。</translation>
    </message>
    <message>
        <source>The description cannot start with http:// or https://.</source>
        <translation>描述不能以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Enhanced SSD (ESSD)</source>
        <translation>ESSD 云盘</translation>
    </message>
    <message>
        <source>Standard SSD</source>
        <translation>SSD 云盘</translation>
    </message>
    <message>
        <source>Basic disk</source>
        <translation>普通云盘</translation>
    </message>
    <message>
        <source>Ultra disk</source>
        <translation>高效云盘</translation>
    </message>
    <message>
        <source>Local disk</source>
        <translation>本地盘</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; cannot start with &quot;acs:&quot; or &quot;aliyun&quot;, which Alibaba Cloud reserves.</source>
        <translation>标签键“%1”不能以“acs:”或“aliyun”开头，这些前缀由阿里云保留。</translation>
    </message>
    <message>
        <source>The value of tag &quot;%1&quot; cannot start with &quot;acs:&quot;, which Alibaba Cloud reserves.</source>
        <translation>标签“%1”的值不能以“acs:”开头，该前缀由阿里云保留。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; cannot contain http:// or https://.</source>
        <translation>标签“%1”不能包含 http:// 或 https://。</translation>
    </message>
</context>
<context>
    <name>EcsProductApi</name>
    <message>
        <source>Alibaba Cloud&apos;s documented default of 100 custom images per region; the ECS API does not report the quota, and yours may be higher (see Quota Center in the console).</source>
        <translation>阿里云文档中的默认值：每个地域 100 个自定义镜像；ECS API 不报告此配额，您的配额可能更高（请在控制台的配额中心查看）。</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>复制中</translation>
    </message>
    <message>
        <source>To be repossessed</source>
        <translation>待回收</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>关机中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>开机中</translation>
    </message>
    <message>
        <source>Launching</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>按量计费</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>包年包月</translation>
    </message>
</context>
<context>
    <name>LighthousePolicy</name>
    <message>
        <source>Creation takes ten minutes or more, depending on the data size: plan ahead to avoid affecting your business.</source>
        <translation>制作镜像需要十分钟或更长时间，具体取决于数据量，请提前安排，以免影响业务。</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Create image</source>
        <translation>创建镜像</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制镜像</translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation>删除镜像</translation>
    </message>
    <message>
        <source>Launch instances</source>
        <translation>创建实例</translation>
    </message>
    <message>
        <source>Start instance</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Stop instance</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Edit image</source>
        <translation>编辑镜像</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Release image</source>
        <translation>释放镜像</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; could not be created: %2</source>
        <translation>镜像“%1”创建失败：%2</translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; could not be copied: %2</source>
        <translation>镜像“%1”复制失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n image(s) failed: %1</source>
        <translation>
            <numerusform>删除 %n 个镜像失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; could not be deleted: %2</source>
        <translation>镜像“%1”删除失败：%2</translation>
    </message>
    <message>
        <source>The launch of %1 failed: %2</source>
        <translation>%1 的创建失败：%2</translation>
    </message>
    <message>
        <source>Instance &quot;%1&quot; could not be started: %2</source>
        <translation>实例“%1”启动失败：%2</translation>
    </message>
    <message>
        <source>Instance &quot;%1&quot; could not be stopped: %2</source>
        <translation>实例“%1”关机失败：%2</translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; could not be saved: %2</source>
        <translation>镜像“%1”保存失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>Releasing %n image(s) failed: %1</source>
        <translation>
            <numerusform>释放 %n 个镜像失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation on &quot;%1&quot; was cancelled.</source>
        <translation>对“%1”的操作已取消。</translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; is ready.</source>
        <translation>镜像“%1”已就绪。</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; is ready.</source>
        <translation>副本“%1”已就绪。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; was deleted.</source>
        <translation>镜像“%1”已删除。</translation>
    </message>
    <message>
        <source>The launch of %1 finished.</source>
        <translation>%1 的创建已完成。</translation>
    </message>
    <message>
        <source>Instance &quot;%1&quot; is running.</source>
        <translation>实例“%1”正在运行。</translation>
    </message>
    <message>
        <source>Instance &quot;%1&quot; is stopped.</source>
        <translation>实例“%1”已关机。</translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; was saved.</source>
        <translation>镜像“%1”已保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) released: the account stayed overdue.</source>
        <translation>
            <numerusform>已释放 %n 个镜像：账户一直处于欠费状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; was released: the account stayed overdue.</source>
        <translation>镜像“%1”已释放：账户一直处于欠费状态。</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) from image &quot;%1&quot;</source>
        <translation>
            <numerusform>从镜像“%1”创建的 %n 台实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Launching %n instance(s) from image &quot;%1&quot; failed: %2</source>
        <translation>
            <numerusform>从镜像“%1”创建 %n 台实例失败：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) launched from image &quot;%1&quot;.</source>
        <translation>
            <numerusform>已从镜像“%1”创建 %n 台实例。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceNames</name>
    <message>
        <source>Beijing Zone 3</source>
        <translation>北京三区</translation>
    </message>
    <message>
        <source>Beijing Zone 5</source>
        <translation>北京五区</translation>
    </message>
    <message>
        <source>Beijing Zone 7</source>
        <translation>北京七区</translation>
    </message>
    <message>
        <source>Beijing Zone G</source>
        <translation>北京 可用区G</translation>
    </message>
    <message>
        <source>Beijing Zone H</source>
        <translation>北京 可用区H</translation>
    </message>
    <message>
        <source>Beijing Zone I</source>
        <translation>北京 可用区I</translation>
    </message>
    <message>
        <source>California Zone A</source>
        <translation>洛杉矶 可用区A</translation>
    </message>
    <message>
        <source>California</source>
        <translation>洛杉矶</translation>
    </message>
    <message>
        <source>Chengdu Zone 1</source>
        <translation>成都一区</translation>
    </message>
    <message>
        <source>Chengdu Zone 2</source>
        <translation>成都二区</translation>
    </message>
    <message>
        <source>China (Beijing)</source>
        <translation>华北2（北京）</translation>
    </message>
    <message>
        <source>China (Hangzhou)</source>
        <translation>华东1（杭州）</translation>
    </message>
    <message>
        <source>China (Hong Kong)</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>China (Shanghai)</source>
        <translation>华东2（上海）</translation>
    </message>
    <message>
        <source>East China (Shanghai)</source>
        <translation>华东地区（上海）</translation>
    </message>
    <message>
        <source>Guangdong Zone B</source>
        <translation>广州 可用区B</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>广州</translation>
    </message>
    <message>
        <source>Guangzhou Zone 3</source>
        <translation>广州三区</translation>
    </message>
    <message>
        <source>Guangzhou Zone 4</source>
        <translation>广州四区</translation>
    </message>
    <message>
        <source>Guangzhou Zone 6</source>
        <translation>广州六区</translation>
    </message>
    <message>
        <source>Hangzhou Zone H</source>
        <translation>杭州 可用区H</translation>
    </message>
    <message>
        <source>Hangzhou Zone I</source>
        <translation>杭州 可用区I</translation>
    </message>
    <message>
        <source>Hangzhou Zone J</source>
        <translation>杭州 可用区J</translation>
    </message>
    <message>
        <source>Hong Kong Zone 2</source>
        <translation>香港二区</translation>
    </message>
    <message>
        <source>Hong Kong Zone 3</source>
        <translation>香港三区</translation>
    </message>
    <message>
        <source>Hong Kong Zone A</source>
        <translation>香港 可用区A</translation>
    </message>
    <message>
        <source>Hong Kong Zone B</source>
        <translation>香港 可用区B</translation>
    </message>
    <message>
        <source>Hong Kong Zone C</source>
        <translation>香港 可用区C</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Hong Kong, China</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>North China (Beijing)</source>
        <translation>华北地区（北京）</translation>
    </message>
    <message>
        <source>North China One Zone A</source>
        <translation>华北一 可用区A</translation>
    </message>
    <message>
        <source>North China One</source>
        <translation>华北一</translation>
    </message>
    <message>
        <source>North China Two Zone B</source>
        <translation>华北二 可用区B</translation>
    </message>
    <message>
        <source>North China Two Zone C</source>
        <translation>华北二 可用区C</translation>
    </message>
    <message>
        <source>North China Two Zone D</source>
        <translation>华北二 可用区D</translation>
    </message>
    <message>
        <source>North China Two Zone E</source>
        <translation>华北二 可用区E</translation>
    </message>
    <message>
        <source>North China Two</source>
        <translation>华北二</translation>
    </message>
    <message>
        <source>Shanghai Two Zone A</source>
        <translation>上海二 可用区A</translation>
    </message>
    <message>
        <source>Shanghai Two Zone B</source>
        <translation>上海二 可用区B</translation>
    </message>
    <message>
        <source>Shanghai Two</source>
        <translation>上海二</translation>
    </message>
    <message>
        <source>Shanghai Zone 2</source>
        <translation>上海二区</translation>
    </message>
    <message>
        <source>Shanghai Zone 3</source>
        <translation>上海三区</translation>
    </message>
    <message>
        <source>Shanghai Zone 5</source>
        <translation>上海五区</translation>
    </message>
    <message>
        <source>Shanghai Zone E</source>
        <translation>上海 可用区E</translation>
    </message>
    <message>
        <source>Shanghai Zone F</source>
        <translation>上海 可用区F</translation>
    </message>
    <message>
        <source>Shanghai Zone G</source>
        <translation>上海 可用区G</translation>
    </message>
    <message>
        <source>Silicon Valley Zone 1</source>
        <translation>硅谷一区</translation>
    </message>
    <message>
        <source>Silicon Valley Zone 2</source>
        <translation>硅谷二区</translation>
    </message>
    <message>
        <source>Singapore Zone 1</source>
        <translation>新加坡一区</translation>
    </message>
    <message>
        <source>Singapore Zone 3</source>
        <translation>新加坡三区</translation>
    </message>
    <message>
        <source>Singapore Zone A</source>
        <translation>新加坡 可用区A</translation>
    </message>
    <message>
        <source>Singapore Zone B</source>
        <translation>新加坡 可用区B</translation>
    </message>
    <message>
        <source>Singapore Zone C</source>
        <translation>新加坡 可用区C</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>South China (Guangzhou)</source>
        <translation>华南地区（广州）</translation>
    </message>
    <message>
        <source>Southeast Asia (Singapore)</source>
        <translation>东南亚地区（新加坡）</translation>
    </message>
    <message>
        <source>Southwest China (Chengdu)</source>
        <translation>西南地区（成都）</translation>
    </message>
    <message>
        <source>West US (Silicon Valley)</source>
        <translation>美国西部（硅谷）</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>Tencent Cloud Lighthouse</source>
        <translation>腾讯云轻量应用服务器</translation>
    </message>
    <message>
        <source>Tencent Cloud CVM</source>
        <translation>腾讯云云服务器 CVM</translation>
    </message>
    <message>
        <source>UCloud UHost</source>
        <translation>UCloud 云主机 UHost</translation>
    </message>
    <message>
        <source>Alibaba Cloud ECS</source>
        <translation>阿里云云服务器 ECS</translation>
    </message>
</context>
<context>
    <name>ProductApi</name>
    <message>
        <source>Tags of an existing image are changed in the cloud&apos;s tagging service, which Imprint does not call yet; tags set when the image is created are kept.</source>
        <translation>已有镜像的标签需在云平台的标签服务中修改，Imprint 目前尚未调用该服务；创建镜像时设置的标签会保留。</translation>
    </message>
</context>
<context>
    <name>ProductPolicy</name>
    <message>
        <source>Only data disks can be associated; the system disk is always imaged.</source>
        <translation>只能关联数据盘；系统盘总是包含在镜像中。</translation>
    </message>
    <message>
        <source>%1 images hold the system disk only; data disks cannot be associated.</source>
        <translation>%1 镜像只包含系统盘；不能关联数据盘。</translation>
    </message>
    <message>
        <source>%1 cannot create an image from snapshots; create it from an instance.</source>
        <translation>%1 不能用快照创建镜像；请用实例创建。</translation>
    </message>
    <message>
        <source>Choose a system-disk snapshot to create the image from.</source>
        <translation>请选择用于创建镜像的系统盘快照。</translation>
    </message>
    <message>
        <source>Data-disk snapshots alone cannot make an image: add the system-disk snapshot of the same instance.</source>
        <translation>仅有数据盘快照无法制作镜像：请添加同一实例的系统盘快照。</translation>
    </message>
    <message>
        <source>An image has exactly one system disk: choose a single system-disk snapshot.</source>
        <translation>一个镜像只有一块系统盘：请只选择一个系统盘快照。</translation>
    </message>
    <message>
        <source>All snapshots must be in the same region as the image.</source>
        <translation>所有快照必须与镜像位于同一地域。</translation>
    </message>
    <message>
        <source>Snapshot %1 is still being created; wait until it is available.</source>
        <translation>快照 %1 仍在创建中；请等待其可用。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Instances are launched in the image&apos;s region. To launch in another region, copy the image there first (Image &gt; Copy Image).</source>
        <translation>实例将创建在镜像所在的地域。如需在其他地域创建，请先将镜像复制过去（镜像 &gt; 复制镜像）。</translation>
    </message>
    <message>
        <source>Instances are launched in the image&apos;s region; %1 does not support copying custom images to other regions.</source>
        <translation>实例将创建在镜像所在的地域；%1 不支持将自定义镜像复制到其他地域。</translation>
    </message>
    <message>
        <source>The image&apos;s parent is a Windows image, which cannot run on a 1-core instance type.</source>
        <translation>此镜像的父镜像为 Windows 镜像，不能在 1 核规格上运行。</translation>
    </message>
    <message>
        <source>The image&apos;s parent is a Windows image, which does not allow network acceleration.</source>
        <translation>此镜像的父镜像为 Windows 镜像，不支持网络增强。</translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; is %2; only an available image can launch instances.</source>
        <translation>镜像“%1”状态为%2；只有可用的镜像才能创建实例。</translation>
    </message>
    <message>
        <source>This image carries data-disk snapshots, so instances can only be created in their zone, %1.</source>
        <translation>此镜像带有数据盘快照，因此只能在快照所在的可用区 %1 创建实例。</translation>
    </message>
    <message>
        <source>This image carries data-disk snapshots, so local disks are not supported; choose a cloud disk.</source>
        <translation>此镜像带有数据盘快照，因此不支持本地盘；请选择云盘。</translation>
    </message>
    <message>
        <source>Enter a name for the image.</source>
        <translation>请输入镜像名称。</translation>
    </message>
    <message>
        <source>The name cannot contain tabs, line breaks or other control characters.</source>
        <translation>名称不能包含制表符、换行符或其他控制字符。</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; %2 allows at most %3.</source>
        <translation>名称长度为 %1 个字符；%2 最多允许 %3 个字符。</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; %3 allows at most %4.</source>
        <translation>%1长度为 %2 个字符；%3 最多允许 %4 个字符。</translation>
    </message>
    <message>
        <source>An image named &quot;%1&quot; already exists in this region; choose another name.</source>
        <translation>此地域已有名为“%1”的镜像；请换一个名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still being made; edit it once it is available.</source>
        <translation>“%1”仍在制作中；请在其可用后再编辑。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is to be repossessed because the account is overdue; top up the account to edit it again.</source>
        <translation>账户欠费，“%1”处于待回收状态；请充值后再编辑。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still being made and cannot be deleted yet; wait until it is finished.</source>
        <translation>“%1”仍在制作中，暂不能删除；请等待制作完成。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is to be repossessed because the account is overdue; top up the account to manage it again.</source>
        <translation>账户欠费，“%1”处于待回收状态；请充值后再管理。</translation>
    </message>
    <message>
        <source>An image is being made from &quot;%1&quot;; do not stop, start or restart the instance until the image is available.</source>
        <translation>正在从“%1”制作镜像；在镜像可用之前，请勿关机、开机或重启该实例。</translation>
    </message>
    <message>
        <source>An image is being made from &quot;%1&quot;; start it once the image is available.</source>
        <translation>正在从“%1”制作镜像；请在镜像可用后再开机。</translation>
    </message>
    <message>
        <source>An image is being made from &quot;%1&quot;; stop it once the image is available.</source>
        <translation>正在从“%1”制作镜像；请在镜像可用后再关机。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; wait until it has finished, then try again.</source>
        <translation>“%1”当前为%2；请等待完成后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already running; only stopped instances can be started.</source>
        <translation>“%1”已在运行；只有已关机的实例才能开机。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already stopped; only running instances can be stopped.</source>
        <translation>“%1”已关机；只有运行中的实例才能关机。</translation>
    </message>
    <message>
        <source>Premium cloud disk</source>
        <translation>高性能云硬盘</translation>
    </message>
    <message>
        <source>SSD cloud disk</source>
        <translation>SSD 云硬盘</translation>
    </message>
    <message>
        <source>Basic cloud disk</source>
        <translation>普通云硬盘</translation>
    </message>
    <message>
        <source>Economy cloud disk</source>
        <translation>经济型云硬盘</translation>
    </message>
    <message>
        <source>Local disk</source>
        <translation>本地硬盘</translation>
    </message>
    <message>
        <source>Enter a number from 1 to %1: %2 launches at most %1 instances at a time.</source>
        <translation>请输入 1 到 %1 之间的数字：%2 每次最多创建 %1 台实例。</translation>
    </message>
    <message>
        <source>%1 custom images do not take tags.</source>
        <translation>%1 的自定义镜像不支持标签。</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows at most %2 tags on an image; remove %n of them.</source>
        <translation>
            <numerusform>%1 的镜像最多允许 %2 个标签；请删除其中 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every tag needs a key before its colon, as in env:prod.</source>
        <translation>每个标签的冒号前都需要一个键，例如 env:prod。</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is too long; %2 allows at most %3 characters.</source>
        <translation>标签键“%1”过长；%2 最多允许 %3 个字符。</translation>
    </message>
    <message>
        <source>The value of tag &quot;%1&quot; is too long; %2 allows at most %3 characters.</source>
        <translation>标签“%1”的值过长；%2 最多允许 %3 个字符。</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; appears twice; give each key one value.</source>
        <translation>标签键“%1”出现了两次；每个键只能有一个值。</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>%1 cannot copy custom images to another region; make a new image there from an instance in that region.</source>
        <translation>%1 不能将自定义镜像复制到其他地域；请在该地域用实例制作新镜像。</translation>
    </message>
</context>
<context>
    <name>RemoteKindRegistry</name>
    <message>
        <source>Embedded simulator</source>
        <translation>内置模拟器</translation>
    </message>
    <message>
        <source>The embedded simulated cloud: all four products, no account, no network.</source>
        <translation>内置模拟云：包含全部四种产品，无需账号，无需网络。</translation>
    </message>
</context>
<context>
    <name>RemoteKinds</name>
    <message>
        <source>Local imprint-sim</source>
        <translation>本地 imprint-sim</translation>
    </message>
    <message>
        <source>imprint-sim: the simulator served over the Tencent Cloud API 3.0 protocol (CVM and Lighthouse).</source>
        <translation>imprint-sim：通过腾讯云 API 3.0 协议提供的模拟器（云服务器 CVM 和轻量应用服务器）。</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <source>Tencent Cloud itself (CVM and Lighthouse), with your API key.</source>
        <translation>腾讯云本身（云服务器 CVM 和轻量应用服务器），使用您的 API 密钥。</translation>
    </message>
    <message>
        <source>Local imprint-sim (UHost)</source>
        <translation>本地 imprint-sim（UHost）</translation>
    </message>
    <message>
        <source>imprint-sim: the simulator served over UCloud&apos;s API (UHost).</source>
        <translation>imprint-sim：通过 UCloud API 提供的模拟器（云主机 UHost）。</translation>
    </message>
    <message>
        <source>UCloud</source>
        <translation>UCloud</translation>
    </message>
    <message>
        <source>UCloud itself (UHost), with your API key pair.</source>
        <translation>UCloud 本身（云主机 UHost），使用您的 API 密钥对。</translation>
    </message>
    <message>
        <source>Local imprint-sim (ECS)</source>
        <translation>本地 imprint-sim（ECS）</translation>
    </message>
    <message>
        <source>imprint-sim: the simulator served over Alibaba Cloud&apos;s ECS API.</source>
        <translation>imprint-sim：通过阿里云 ECS API 提供服务的模拟器。</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>Alibaba Cloud itself (ECS), with your AccessKey pair.</source>
        <translation>阿里云本身（ECS），使用您的 AccessKey。</translation>
    </message>
</context>
<context>
    <name>SimulatorBackend</name>
    <message>
        <source>Embedded simulator</source>
        <translation>内置模拟器</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>The simulator&apos;s store %1 cannot be read (SQLite says: %2). Nothing has been written to it.</source>
        <translation>无法读取模拟器的存储 %1（SQLite 报告：%2）。未向其写入任何内容。</translation>
    </message>
    <message>
        <source>The simulator could not remove %1, left over from an earlier start; remove it and start again.</source>
        <translation>模拟器无法删除上次启动遗留的 %1；请手动删除后重新启动。</translation>
    </message>
    <message>
        <source>The simulator could not put its new store in place at %1; check the folder&apos;s permissions.</source>
        <translation>模拟器无法将新存储放到 %1；请检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is missing but its journal is there</source>
        <translation>文件缺失，但其日志文件仍在</translation>
    </message>
    <message>
        <source>the schema version is not recorded</source>
        <translation>未记录结构版本</translation>
    </message>
    <message>
        <source>the record %1 is not readable</source>
        <translation>记录 %1 无法读取</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>The simulator could not create its lock file %1; check that the folder is writable.</source>
        <translation>模拟器无法创建锁文件 %1；请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>The simulator&apos;s store %1 is in use by %2 (process %3), which serves it at %4; connect to it there, or choose another folder.</source>
        <translation>模拟器的存储 %1 正被 %2（进程 %3）使用，它在 %4 提供服务；请连接到该地址，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The simulator&apos;s store %1 is in use by %2 (process %3); stop that program first, or choose another folder.</source>
        <translation>模拟器的存储 %1 正被 %2（进程 %3）使用；请先停止该程序，或选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <source>The store was left as it is.</source>
        <translation>存储保持原样。</translation>
    </message>
    <message>
        <source>That is not a way to recover the store.</source>
        <translation>这不是恢复存储的方式。</translation>
    </message>
    <message>
        <source>The damaged store %1 could not be moved to %2; check the folder&apos;s permissions. Nothing else was changed.</source>
        <translation>无法将损坏的存储 %1 移动到 %2；请检查该文件夹的权限。其他内容均未更改。</translation>
    </message>
    <message>
        <source>The damaged store was kept as %1; the simulator starts with a new demo world.</source>
        <translation>损坏的存储已保留为 %1；模拟器将以新的演示环境启动。</translation>
    </message>
    <message>
        <source>The damaged store is at %1 and could not be moved back to %2.</source>
        <translation>损坏的存储位于 %1，无法移回 %2。</translation>
    </message>
    <message>
        <source>SQLite&apos;s recovery needs the sqlite3 program, which is not installed; install it (Debian: sqlite3) and try again.</source>
        <translation>SQLite 恢复需要 sqlite3 程序，但它未安装；请安装（Debian：sqlite3）后重试。</translation>
    </message>
    <message>
        <source>SQLite&apos;s recovery could not rebuild a usable store from %1 (%2). The store was left as it was; restore the backup or move it aside.</source>
        <translation>SQLite 恢复无法从 %1 重建可用的存储（%2）。存储保持原样；请恢复备份或将其移到一旁。</translation>
    </message>
    <message>
        <source>The recovered store %1 could not be put in place; the damaged original is kept as %2.</source>
        <translation>无法启用恢复出的存储 %1；损坏的原文件已保留为 %2。</translation>
    </message>
    <message>
        <source>There is no backup of %1 to restore.</source>
        <translation>没有可用于恢复的 %1 备份。</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied into place; the store was left as it was.</source>
        <translation>无法将备份 %1 复制到位；存储保持原样。</translation>
    </message>
    <message>
        <source>The backup from %1 is in place; the damaged store is kept as %2.</source>
        <translation>%1 的备份已启用；损坏的存储已保留为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>SQLite&apos;s recovery kept %n image(s).</source>
        <translation>
            <numerusform>SQLite 恢复保留了 %n 个镜像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It kept %n instance(s); the damaged original is kept as %1.</source>
        <translation>
            <numerusform>还保留了 %n 台实例；损坏的原文件已保留为 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UHostPolicy</name>
    <message>
        <source>Do not change network settings or other critical system configuration before creating the image: the image may fail to be created or fail to start.</source>
        <translation>制作镜像前请勿修改网络设置或其他关键系统配置，否则镜像可能制作失败或无法启动。</translation>
    </message>
    <message>
        <source>An image in a region can only create hosts in that region. To create hosts in other regions, submit a ticket to upgrade the image to regional-level permissions, or copy the image (system disk only) to the other region.</source>
        <translation>地域内的镜像只能在该地域创建云主机。如需在其他地域创建，请提交工单将镜像升级为跨地域权限，或将镜像（仅系统盘）复制到其他地域。</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Disk %1 is an economy cloud disk, and UHost cannot associate economy cloud disks with an image; leave this disk out.</source>
        <translation>云盘 %1 是经济型云盘，UHost 不能将经济型云盘关联到镜像；请不要选择此云盘。</translation>
    </message>
    <message>
        <source>Disk %1 is a local disk, and UHost cannot associate local disks with an image; leave this disk out.</source>
        <translation>云盘 %1 是本地盘，UHost 不能将本地盘关联到镜像；请不要选择此云盘。</translation>
    </message>
    <message>
        <source>RSSD cloud disk</source>
        <translation>RSSD 云盘</translation>
    </message>
    <message>
        <source>SSD cloud disk</source>
        <translation>SSD 云盘</translation>
    </message>
    <message>
        <source>Standard cloud disk</source>
        <translation>普通云盘</translation>
    </message>
    <message>
        <source>Economy cloud disk</source>
        <translation>经济型云盘</translation>
    </message>
    <message>
        <source>Local disk</source>
        <translation>本地盘</translation>
    </message>
</context>
<context>
    <name>UHostProductApi</name>
    <message>
        <source>Editing is unavailable over the API: UCloud&apos;s public API has no action for renaming an image or changing its remarks. Rename it in the UCloud console.</source>
        <translation>无法通过 API 编辑：UCloud 的公开 API 没有重命名镜像或修改备注的操作。请在 UCloud 控制台中重命名。</translation>
    </message>
</context>
<context>
    <name>WizardWidgets</name>
    <message>
        <source>env:prod, team:web</source>
        <translation>env:prod, team:web</translation>
    </message>
    <message>
        <source>Optional: up to %1 key:value tags, separated by commas, to classify the image. Type key:value in the filter box to find tagged images.</source>
        <translation>可选：最多 %1 个 key:value 标签，用逗号分隔，用于对镜像分类。在筛选框中输入 key:value 即可找到带标签的镜像。</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a choice, then why it cannot be chosen</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>imprint::AccountEditDialog</name>
    <message>
        <source>Add Account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>The system keyring, or the key typed above</source>
        <translation>系统密钥环，或上面输入的密钥</translation>
    </message>
    <message>
        <source>Two environment variables</source>
        <translation>两个环境变量</translation>
    </message>
    <message>
        <source>Variable of the key&apos;s ID</source>
        <translation>密钥 ID 所在的变量</translation>
    </message>
    <message>
        <source>Variable of the secret</source>
        <translation>密钥所在的变量</translation>
    </message>
    <message>
        <source>&amp;Key from:</source>
        <translation>密钥来源(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>变量(&amp;V)：</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>账号名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>imprint::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Tick an account to show it in the window; the window lists them in this order.</source>
        <translation>勾选账号即可在窗口中显示它；窗口按此顺序列出账号。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Move the selected account up in the window&apos;s order</source>
        <translation>将所选账号在窗口中的顺序上移</translation>
    </message>
    <message>
        <source>Move the selected account down in the window&apos;s order</source>
        <translation>将所选账号在窗口中的顺序下移</translation>
    </message>
    <message>
        <source>Keys are kept in the system keyring or read from environment variables, never in Imprint&apos;s settings.</source>
        <translation>密钥保存在系统密钥环中或从环境变量读取，绝不保存在 Imprint 的设置中。</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>This version of Imprint cannot open this kind of account.</source>
        <translation>此版本的 Imprint 无法打开这种类型的账号。</translation>
    </message>
    <message>
        <source>Imprint cannot open &quot;%1&quot;: this version does not have its kind. Turn it off or remove it.</source>
        <translation>Imprint 无法打开“%1”：此版本没有它的类型。请关闭或移除它。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an account&apos;s name, then what is wrong with it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Tick at least one account: the window shows the ticked ones.</source>
        <translation>请至少勾选一个账号：窗口只显示勾选的账号。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>移除账号</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; from Imprint?</source>
        <translation>要从 Imprint 中移除账号“%1”吗？</translation>
    </message>
    <message>
        <source>Its resources stay in the cloud; only Imprint forgets the account and its key in the system keyring.</source>
        <translation>它的资源仍保留在云上；只是 Imprint 不再记住该账号及其在系统密钥环中的密钥。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>imprint::AlibabaCloudBackend</name>
    <message>
        <source>Alibaba Cloud</source>
        <translation>阿里云</translation>
    </message>
    <message>
        <source>imprint-sim at %1</source>
        <translation>位于 %1 的 imprint-sim</translation>
    </message>
    <message>
        <source>Alibaba Cloud API at %1</source>
        <translation>位于 %1 的阿里云 API</translation>
    </message>
</context>
<context>
    <name>imprint::AmountDialog</name>
    <message>
        <source>Enter an amount in yuan from %1 to %2, with at most two decimals.</source>
        <translation>请输入 %1 到 %2 元之间的金额，最多两位小数。</translation>
    </message>
</context>
<context>
    <name>imprint::CompositeBackend</name>
    <message>
        <source>Closed.</source>
        <translation>已关闭。</translation>
    </message>
    <message>
        <source>%1 belongs to no account in this window; refresh and try again.</source>
        <translation>%1 不属于此窗口中的任何账号；请刷新后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>No account in this window is connected yet.</source>
        <translation>此窗口中还没有已连接的账号。</translation>
    </message>
    <message>
        <source>No account is in this window.</source>
        <translation>此窗口中没有账号。</translation>
    </message>
    <message>
        <source>An image is copied within its own account; choose a region of the account that holds %1.</source>
        <translation>镜像只能在其所属账号内复制；请选择持有 %1 的账号中的地域。</translation>
    </message>
</context>
<context>
    <name>imprint::ConnectionDialog</name>
    <message>
        <source>Remember the key in the system keyring</source>
        <translation>将密钥保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Leave the key empty to use the key remembered in the system keyring.</source>
        <translation>密钥留空则使用系统密钥环中保存的密钥。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>密钥 ID：</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Enter both the %1 and the %2, or leave both empty to use the environment or the keyring.</source>
        <translation>请同时输入 %1 和 %2，或两者都留空以使用环境变量或系统密钥环。</translation>
    </message>
    <message>
        <source>Leave the key empty to use %1 from the environment.</source>
        <translation>密钥留空即使用环境变量中的 %1。</translation>
    </message>
</context>
<context>
    <name>imprint::ConsoleApplication</name>
    <message>
        <source>Keep it and quit</source>
        <translation>保留并退出</translation>
    </message>
    <message>
        <source>Nothing is changed, so you can copy the file or ask for help first.</source>
        <translation>不做任何更改，您可以先复制该文件或寻求帮助。</translation>
    </message>
    <message>
        <source>Try SQLite&apos;s recovery</source>
        <translation>尝试 SQLite 恢复</translation>
    </message>
    <message>
        <source>What can still be read is rebuilt into a new store; the damaged file is kept beside it.</source>
        <translation>将仍可读取的内容重建到新存储中；损坏的文件保留在旁边。</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>恢复 %1 的备份</translation>
    </message>
    <message>
        <source>The last good copy, made on a clean shutdown or while you worked, takes its place; the damaged file is kept beside it.</source>
        <translation>用最近一份完好的副本（在正常退出时或工作期间生成）替换它；损坏的文件保留在旁边。</translation>
    </message>
    <message>
        <source>Move it aside and start afresh</source>
        <translation>移到一旁并重新开始</translation>
    </message>
    <message>
        <source>The damaged file is renamed (.damaged- and the time) and the simulator starts with a new demo world.</source>
        <translation>损坏的文件将被重命名（加上 .damaged- 和时间），模拟器以新的演示环境启动。</translation>
    </message>
    <message>
        <source>The simulator&apos;s store</source>
        <translation>模拟器的存储</translation>
    </message>
    <message>
        <source>Connect to that imprint-sim</source>
        <translation>连接到该 imprint-sim</translation>
    </message>
    <message>
        <source>Imprint talks to it at %1 and shows the same world.</source>
        <translation>Imprint 将通过 %1 与其通信，并显示相同的环境。</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>选择其他文件夹</translation>
    </message>
    <message>
        <source>The embedded simulator keeps its own store there.</source>
        <translation>内置模拟器将在该处保存自己的存储。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Nothing is changed.</source>
        <translation>不做任何更改。</translation>
    </message>
    <message>
        <source>Folder for the simulator&apos;s store</source>
        <translation>模拟器存储所在的文件夹</translation>
    </message>
</context>
<context>
    <name>imprint::CopyImageDialog</name>
    <message>
        <source>Target &amp;project:</source>
        <translation>目标项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Copy Image — %1</source>
        <translation>复制镜像 — %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>正在加载项目…</translation>
    </message>
    <message numerus="yes">
        <source>Only the system disk image is copied: the %n associated data-disk snapshot(s) will be neither copied nor associated with the copy.</source>
        <translation>
            <numerusform>只复制系统盘镜像：关联的 %n 个数据盘快照既不会被复制，也不会关联到副本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the system disk image is copied; data-disk snapshots never are.</source>
        <translation>只复制系统盘镜像；数据盘快照不会被复制。</translation>
    </message>
    <message>
        <source>The copy is a new image in the target region; it counts against that region&apos;s quota and is billed there.</source>
        <translation>副本是目标地域中的一个新镜像，占用该地域的配额，并在该地域计费。</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>Target &amp;region:</source>
        <translation>目标地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Name of the copy:</source>
        <translation>副本名称(&amp;N)：</translation>
    </message>
    <message>
        <source>There is no other region to copy to.</source>
        <translation>没有可复制到的其他地域。</translation>
    </message>
    <message>
        <source>Choose another region or another project: the image is already there.</source>
        <translation>请选择其他地域或项目：镜像已在那里。</translation>
    </message>
    <message>
        <source>The account&apos;s projects could not be read, so there is no project to copy to yet; close this dialog and try again. %1</source>
        <translation>无法读取该账号的项目，因此暂时没有可复制到的项目；请关闭此对话框后重试。%1</translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageDataDisksPage</name>
    <message>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Which of the instance&apos;s data disks the image includes.</source>
        <translation>镜像包含实例的哪些数据盘。</translation>
    </message>
    <message>
        <source>Every disk of the instance is snapshotted automatically; the snapshots together make the image.</source>
        <translation>系统会自动为实例的每块云盘创建快照，这些快照共同组成镜像。</translation>
    </message>
    <message>
        <source>Choose the data disks to associate: a snapshot is made of each and, with the system disk image, forms a complete machine image.</source>
        <translation>请选择要关联的数据盘：系统会为每块数据盘创建快照，与系统盘镜像一起组成完整的整机镜像。</translation>
    </message>
    <message>
        <source>This instance has no data disks.</source>
        <translation>此实例没有数据盘。</translation>
    </message>
    <message>
        <source>Associating data disks uses the disk snapshot service, which is billed separately.</source>
        <translation>关联数据盘会使用云盘快照服务，该服务单独计费。</translation>
    </message>
    <message>
        <source>Tick the data disks the image includes; a disk that cannot be included says why.</source>
        <translation>勾选镜像包含的数据盘；不能包含的云盘会说明原因。</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageInfoPage</name>
    <message>
        <source>Image information</source>
        <translation>镜像信息</translation>
    </message>
    <message>
        <source>Name: up to %1 characters, unique in the region. %2: up to %3 characters.</source>
        <translation>名称：最多 %1 个字符，在地域内唯一。%2：最多 %3 个字符。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. %1-image</source>
        <translation>例如 %1-image</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageShutdownPage</name>
    <message>
        <source>Agree to a forced shutdown</source>
        <translation>同意强制关机</translation>
    </message>
    <message>
        <source>Shut the instance down first (recommended)</source>
        <translation>先关机（推荐）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you create the image&lt;/b&gt;</source>
        <translation>&lt;b&gt;制作镜像前&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Instance state</source>
        <translation>实例状态</translation>
    </message>
    <message>
        <source>What happens to the instance while the image is made.</source>
        <translation>制作镜像期间实例会怎样。</translation>
    </message>
    <message>
        <source>Best practice: shut the instance down first, so the image has exactly the environment the instance has.</source>
        <translation>最佳实践：先关机，使镜像与实例的环境完全一致。</translation>
    </message>
    <message>
        <source>The instance is already stopped, as recommended.</source>
        <translation>实例已按推荐关机。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The instance may keep running.&lt;/b&gt; Do not stop, start or restart it until the image is available; Imprint refuses those actions meanwhile.</source>
        <translation>&lt;b&gt;实例可以保持运行。&lt;/b&gt;在镜像可用之前，请勿关机、开机或重启；在此期间 Imprint 会拒绝这些操作。</translation>
    </message>
    <message>
        <source>The instance does not need to be shut down.</source>
        <translation>实例无需关机。</translation>
    </message>
    <message>
        <source>Before you create the image</source>
        <translation>制作镜像前</translation>
    </message>
    <message>
        <source>What to check on the instance before the image is made.</source>
        <translation>制作镜像前需要在实例上检查的事项。</translation>
    </message>
    <message>
        <source>The instance is shut down while the image is made and started again afterwards. Tick the box to agree; Next stays disabled until you do.</source>
        <translation>制作镜像期间实例将被关机，完成后重新开机。请勾选同意；勾选前“下一步”不可用。</translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageSourcePage</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>System-disk snapshot:</source>
        <translation>系统盘快照：</translation>
    </message>
    <message>
        <source>Data-disk snapshots:</source>
        <translation>数据盘快照：</translation>
    </message>
    <message>
        <source>The image is made from this instance, in its region.</source>
        <translation>镜像由此实例在其所在地域制作。</translation>
    </message>
    <message>
        <source>An image is made from one system-disk snapshot, optionally with data-disk snapshots. Encrypted and unencrypted snapshots can both be used.</source>
        <translation>镜像由一个系统盘快照制作，可选附带数据盘快照。加密和未加密的快照均可使用。</translation>
    </message>
    <message>
        <source>Snapshots in %1:</source>
        <translation>%1 中的快照：</translation>
    </message>
    <message>
        <source>(none — choose a system-disk snapshot)</source>
        <translation>（无 — 请选择一个系统盘快照）</translation>
    </message>
    <message>
        <source>Data-disk snapshots</source>
        <translation>数据盘快照</translation>
    </message>
    <message>
        <source>Tick the data-disk snapshots the image includes besides the system-disk snapshot.</source>
        <translation>勾选镜像除系统盘快照之外还包含的数据盘快照。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>%1 in %2, zone %3</source>
        <translation>%1，位于 %2，可用区 %3</translation>
    </message>
    <message>
        <source>%1, instance type %2</source>
        <translation>%1，实例规格 %2</translation>
    </message>
    <message>
        <source>• %1: %2, %3</source>
        <translation>• %1：%2，%3</translation>
    </message>
    <message>
        <source>%1 — %2, %3 GiB, encrypted</source>
        <translation>%1 — %2，%3 GiB，已加密</translation>
    </message>
    <message>
        <source>%1 — %2, %3 GiB</source>
        <translation>%1 — %2，%3 GiB</translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Check what will be created, then create it.</source>
        <translation>请核对将要创建的内容，然后创建。</translation>
    </message>
    <message>
        <source>The account is overdue, so image creation is disabled. Top up the account, then try again.</source>
        <translation>账号已欠费，镜像创建功能已停用。请充值后再试。</translation>
    </message>
    <message>
        <source>%1 already holds %2 of %3 custom images, the quota. Delete an image first.</source>
        <translation>%1 已有 %2 个自定义镜像，达到配额 %3 个。请先删除一个镜像。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be created from %n snapshot(s): %2.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;将从 %n 个快照创建 &lt;b&gt;%1&lt;/b&gt;：%2。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be created from instance %2 (%3), with a snapshot of every disk.&lt;/p&gt;</source>
        <translation>&lt;p&gt;将从实例 %2（%3）创建 &lt;b&gt;%1&lt;/b&gt;，并为每块磁盘创建快照。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be created from instance %2 (%3), with %n associated data disk(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;将从实例 %2（%3）创建 &lt;b&gt;%1&lt;/b&gt;，关联 %n 块数据盘。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; will be created from instance %2 (%3), system disk only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;将从实例 %2（%3）创建 &lt;b&gt;%1&lt;/b&gt;，仅包含系统盘。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tags: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;标签：%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%1 of %2 custom images in %3 after creation — %n beyond the free tier of %4, about %5 per month for this one.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;创建后 %3 的自定义镜像为 %1 / %2 个——超出免费额度 %4 个中的 %n 个，此镜像每月约 %5。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 custom images in %3 after creation — within the free tier of %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;创建后 %3 的自定义镜像为 %1 / %2 个——在 %4 个免费额度之内。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 custom images in %3 after creation — about %4 per month (simulated list price).&lt;/p&gt;</source>
        <translation>&lt;p&gt;创建后 %3 的自定义镜像为 %1 / %2 个——每月约 %4（模拟目录价）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 custom images in %3 after creation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;创建后 %3 的自定义镜像为 %1 / %2 个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The instance is shut down during creation and returns to its state afterwards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;创建期间实例将被关机，完成后恢复原状态。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The instance is shut down first and started again afterwards.&lt;/p&gt;</source>
        <translation>&lt;p&gt;实例将先关机，完成后重新开机。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The instance keeps running; do not stop, start or restart it meanwhile.&lt;/p&gt;</source>
        <translation>&lt;p&gt;实例保持运行；在此期间请勿关机、开机或重启。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Expected duration: %1 (%2 GiB of data).&lt;/p&gt;</source>
        <translation>&lt;p&gt;预计耗时：%1（%2 GiB 数据）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Progress appears in Recent Operations; the image can be used once it is available.&lt;/p&gt;</source>
        <translation>&lt;p&gt;进度显示在“最近操作”中；镜像变为可用后即可使用。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageWizard</name>
    <message>
        <source>Create Custom Image — %1</source>
        <translation>创建自定义镜像 — %1</translation>
    </message>
    <message>
        <source>Create Image</source>
        <translation>创建镜像</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>约 %1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>imprint::CredentialStore</name>
    <message>
        <source>reading the API key</source>
        <translation>读取 API 密钥</translation>
    </message>
    <message>
        <source>The API key saved in the system keyring is incomplete; enter the SecretId and SecretKey again.</source>
        <translation>系统密钥环中保存的 API 密钥不完整；请重新输入 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <source>Enter both the SecretId and the SecretKey.</source>
        <translation>请同时输入 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <source>saving the API key</source>
        <translation>保存 API 密钥</translation>
    </message>
    <message>
        <source>removing the API key</source>
        <translation>删除 API 密钥</translation>
    </message>
    <message>
        <source>The system keyring refused %1 (%2); unlock the keyring and allow Imprint access, then try again.</source>
        <translation>系统密钥环拒绝了%1（%2）；请解锁密钥环并允许 Imprint 访问，然后重试。</translation>
    </message>
    <message>
        <source>No API key is saved in the system keyring; enter one, or set %1.</source>
        <translation>系统密钥环中未保存 API 密钥；请输入一个，或设置 %1。</translation>
    </message>
    <message>
        <source>No system keyring is available for %1 (%2); set %3 in the environment instead.</source>
        <translation>没有可用于 %1 的系统密钥环（%2）；请改为在环境变量中设置 %3。</translation>
    </message>
    <message>
        <source>The system keyring failed %1 (%2); try again, or use the environment variables %3.</source>
        <translation>系统密钥环在%1时失败（%2）；请重试，或使用环境变量 %3。</translation>
    </message>
</context>
<context>
    <name>imprint::DashboardWidget</name>
    <message>
        <source>The dashboard could not be loaded. %1</source>
        <translation>无法加载概览。%1</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a spreadsheet.</source>
        <translation>将表格保存为 CSV 文件，以便在电子表格中使用。</translation>
    </message>
    <message>
        <source>Costs are estimates from simulated list prices, not quotes from the cloud. Hover over a cost to see where its prices come from.</source>
        <translation>费用是根据模拟标价估算的，并非云厂商的报价。将鼠标悬停在费用上可查看价格来源。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Top Up…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <source>Add money to the simulated account.</source>
        <translation>为模拟账号充值。</translation>
    </message>
    <message>
        <source>Balance: loading…</source>
        <translation>余额：正在加载…</translation>
    </message>
    <message>
        <source>Estimated monthly cost (CNY, simulated list prices)</source>
        <translation>预计每月费用（元，模拟标价）</translation>
    </message>
    <message>
        <source>Quota use (% of the region&apos;s custom image quota)</source>
        <translation>配额使用率（占地域自定义镜像配额的百分比）</translation>
    </message>
    <message>
        <source>Below %1%</source>
        <translation>低于 %1%</translation>
    </message>
    <message>
        <source>%1% or more</source>
        <translation>%1% 及以上</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>Balance: unknown (%1)</source>
        <translation>余额：未知（%1）</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>余额：%1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起欠费</translation>
    </message>
    <message>
        <source>In good standing</source>
        <translation>状态正常</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 custom image(s) to be repossessed and unusable.</source>
        <translation>
            <numerusform>%n 个%1自定义镜像待回收，无法使用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released in %n day(s) unless you top up.</source>
        <translation>
            <numerusform>如不充值，将在 %n 天后释放。</numerusform>
        </translation>
    </message>
    <message>
        <source>They are being released now.</source>
        <translation>正在释放。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s), %2</source>
        <translation>
            <numerusform>%1：%n 个镜像，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading quotas and costs…</source>
        <translation>正在加载配额和费用…</translation>
    </message>
    <message>
        <source>Quotas and costs could not be loaded: %1
Check the connection, then reopen the tab or reload.</source>
        <translation>无法加载配额和费用：%1
请检查连接，然后重新打开此标签页或重新加载。</translation>
    </message>
    <message>
        <source>There are no regions to show yet. Regions appear here as soon as the cloud reports them or a custom image is created.</source>
        <translation>暂无地域可显示。云端报告地域或创建自定义镜像后，地域会显示在这里。</translation>
    </message>
    <message>
        <source>Top Up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Amount to add to the simulated account (CNY):</source>
        <translation>为模拟账号充值的金额（元）：</translation>
    </message>
    <message>
        <source>The account was not topped up: %1</source>
        <translation>账号未充值：%1</translation>
    </message>
    <message>
        <source>Added %1 to the account.</source>
        <translation>已为账号充值 %1。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Region ID</source>
        <translation>地域 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Custom images</source>
        <translation>自定义镜像</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Quota use %</source>
        <translation>配额使用率 %</translation>
    </message>
    <message>
        <source>Free tier used</source>
        <translation>已用免费额度</translation>
    </message>
    <message>
        <source>Free tier</source>
        <translation>免费额度</translation>
    </message>
    <message>
        <source>Snapshot storage GiB</source>
        <translation>快照存储 GiB</translation>
    </message>
    <message>
        <source>Estimated monthly cost CNY</source>
        <translation>预计每月费用（元）</translation>
    </message>
    <message>
        <source>To be repossessed</source>
        <translation>待回收</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>simulated list price</source>
        <translation>模拟标价</translation>
    </message>
    <message>
        <source>simulated list price, seeded from published figures</source>
        <translation>模拟标价，取自公开价格</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The file %1 could not be opened for writing: %2. Choose another folder.</source>
        <translation>无法打开文件 %1 进行写入：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Check the free space and try again.</source>
        <translation>无法写入文件 %1：%2。请检查可用空间后重试。</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Quota and cost by region</source>
        <translation>各地域的配额和费用</translation>
    </message>
    <message>
        <source>One row per product and region: custom images, quota, quota use, free tier, snapshot storage and estimated monthly cost.</source>
        <translation>每个产品和地域一行：自定义镜像、配额、配额使用率、免费额度、快照存储和预计每月费用。</translation>
    </message>
    <message>
        <source>Estimated monthly cost chart</source>
        <translation>预计每月费用图表</translation>
    </message>
    <message>
        <source>A bar per product and region holding images; the table above lists the same costs.</source>
        <translation>每个有镜像的产品和地域一个条形；上方表格列出了相同的费用。</translation>
    </message>
    <message>
        <source>Quota use chart</source>
        <translation>配额使用率图表</translation>
    </message>
    <message>
        <source>A bar per product and region holding images, in percent of its quota; the table above lists the same figures.</source>
        <translation>每个有镜像的产品和地域一个条形，以占配额的百分比表示；上方表格列出了相同的数值。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 custom images were released after %n day(s) without a top-up.</source>
        <translation>
            <numerusform>%1 的自定义镜像已在欠费 %n 天未充值后被释放。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotas and costs could not be loaded: %1</source>
        <translation>无法加载配额和费用：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n custom image(s), estimated %1 a month at simulated list prices</source>
        <translation>
            <numerusform>%n 个自定义镜像，按模拟标价估算每月 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom image(s) to be repossessed</source>
        <translation>
            <numerusform>%n 个自定义镜像待回收</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated monthly cost (CNY, simulated list prices): no custom images yet</source>
        <translation>预计每月费用（元，模拟标价）：暂无自定义镜像</translation>
    </message>
    <message>
        <source>Quota use (% of the region&apos;s custom image quota): no custom images yet</source>
        <translation>配额使用率（占地域自定义镜像配额的百分比）：暂无自定义镜像</translation>
    </message>
</context>
<context>
    <name>imprint::DetailsPane</name>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>None available.</source>
        <translation>暂无可用操作。</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Region / zone</source>
        <translation>地域 / 可用区</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>云盘</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Made from instance</source>
        <translation>来源实例</translation>
    </message>
    <message>
        <source>Copied from</source>
        <translation>复制自</translation>
    </message>
    <message>
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>empty, %1 GiB&lt;br&gt;</source>
        <translation>空盘，%1 GiB&lt;br&gt;</translation>
    </message>
    <message>
        <source>from %1, %2 GiB&lt;br&gt;</source>
        <translation>来自 %1，%2 GiB&lt;br&gt;</translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Launch zone</source>
        <translation>可创建实例的可用区</translation>
    </message>
    <message>
        <source>Inherited limits</source>
        <translation>继承的限制</translation>
    </message>
    <message>
        <source>Windows parent: no 1-core types, no network acceleration</source>
        <translation>父镜像为 Windows：不支持 1 核规格，不支持网络增强</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>每月费用</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Deleting this image deletes these snapshots too; snapshot service billing continues.</source>
        <translation>删除此镜像会同时删除这些快照；快照服务将继续计费。</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>云盘</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Backs image</source>
        <translation>关联镜像</translation>
    </message>
    <message>
        <source>This snapshot is associated with a custom image and cannot be deleted on its own: delete the image instead.</source>
        <translation>此快照已关联自定义镜像，不能单独删除：请改为删除镜像。</translation>
    </message>
    <message>
        <source>A custom image can be made from this system-disk snapshot.</source>
        <translation>可以用此系统盘快照制作自定义镜像。</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>释放日期</translation>
    </message>
    <message>
        <source>%1, unless the account is topped up</source>
        <translation>%1，除非为账户充值</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Made from snapshots</source>
        <translation>由快照创建</translation>
    </message>
    <message>
        <source>%1 — an image is being made</source>
        <translation>%1 — 正在制作镜像</translation>
    </message>
    <message>
        <source>%1 (of instance %2)</source>
        <translation>%1（实例 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n custom image(s) in this region; the free tier covers %2</source>
        <translation>
            <numerusform>此地域已有 %1 个自定义镜像（配额 %n 个）；免费额度 %2 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n custom image(s) in this region</source>
        <translation>
            <numerusform>此地域已有 %1 个自定义镜像（配额 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3 GiB, encrypted</source>
        <translation>%1 — %2，%3 GiB，已加密</translation>
    </message>
    <message>
        <source>%1 — %2, %3 GiB</source>
        <translation>%1 — %2，%3 GiB</translation>
    </message>
</context>
<context>
    <name>imprint::EcsTransport</name>
    <message>
        <source>%1 is not an Alibaba Cloud product this console can reach.</source>
        <translation>%1 不是此控制台可以访问的阿里云产品。</translation>
    </message>
    <message>
        <source>No Alibaba Cloud AccessKey is set; set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET or save a key in the system keyring, then try again.</source>
        <translation>未设置阿里云 AccessKey；请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或在系统密钥环中保存密钥，然后重试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud ECS</source>
        <translation>阿里云云服务器 ECS</translation>
    </message>
    <message>
        <source>Alibaba Cloud is limiting the request rate (%1); wait a minute, then try again.</source>
        <translation>阿里云正在限制请求频率（%1）；请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>Alibaba Cloud refused %1 (%2); check the request, then try again.</source>
        <translation>阿里云拒绝了 %1（%2）；请检查请求后重试。</translation>
    </message>
    <message>
        <source>Check the AccessKey pair (AccessKeyId and AccessKeySecret) and the system clock.</source>
        <translation>请检查 AccessKey（AccessKeyId 和 AccessKeySecret）以及系统时钟。</translation>
    </message>
</context>
<context>
    <name>imprint::EditImageDialog</name>
    <message>
        <source>Edit Image — %1</source>
        <translation>编辑镜像 — %1</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚未做任何修改。</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
</context>
<context>
    <name>imprint::EmptyStateOverlay</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>imprint::HttpTransport</name>
    <message>
        <source>Could not connect to %1 (%2); check the network connection and the endpoint address, then try again.</source>
        <translation>无法连接到 %1（%2）；请检查网络连接和接入地址后重试。</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 seconds; check the network connection, then try again.</source>
        <translation>%1 未在 %3 秒内响应 %2；请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2); Imprint connects only to a server with a valid certificate. Check the system clock and any proxy that intercepts TLS.</source>
        <translation>与 %1 的安全连接失败（%2）；Imprint 只连接具有有效证书的服务器。请检查系统时钟以及任何拦截 TLS 的代理。</translation>
    </message>
    <message>
        <source>The connection to %1 failed during %2 (%3); check the network connection, then try again.</source>
        <translation>在 %2 期间与 %1 的连接失败（%3）；请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3 %4; the service may be busy or down, try again in a few minutes.</source>
        <translation>%1 对 %2 返回了 HTTP %3 %4；服务可能繁忙或不可用，请几分钟后重试。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3 instead of a %4 API response; check the endpoint address.</source>
        <translation>%1 返回了 HTTP %2 %3，而不是 %4 API 响应；请检查接入地址。</translation>
    </message>
    <message>
        <source>%1 is not an HTTPS address. Imprint sends signed requests only over HTTPS, or over plain HTTP to this computer; use an https:// address.</source>
        <translation>%1 不是 HTTPS 地址。Imprint 只通过 HTTPS 发送签名请求，或通过明文 HTTP 发往本机；请使用 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>imprint::ImageTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Data Disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Monthly Cost</source>
        <translation>每月费用</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>创建实例</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <extracomment>Image state with progress, e.g. &quot;Creating 42%&quot;</extracomment>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>Data disk sizes, e.g. &quot;100 + 50 GiB&quot;</extracomment>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Create instance</source>
        <translation>创建实例</translation>
    </message>
    <message>
        <source>The account is overdue: this image cannot be used until the account is topped up.</source>
        <translation>账号已欠费：充值之前无法使用此镜像。</translation>
    </message>
    <message>
        <source>Estimated from simulated list prices.</source>
        <translation>根据模拟标价估算。</translation>
    </message>
    <message>
        <source>Beyond the %1 free images of this region; estimated from simulated list prices.</source>
        <translation>超出此地域 %1 个免费镜像的额度；根据模拟标价估算。</translation>
    </message>
    <message>
        <source>One of the %1 free images of this region.</source>
        <translation>属于此地域 %1 个免费镜像的额度。</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/月</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
</context>
<context>
    <name>imprint::InstanceTableModel</name>
    <message>
        <source>%1 %2: %3 GiB, %4</source>
        <translation>%1 %2：%3 GiB，%4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>CPU / Memory</source>
        <translation>CPU / 内存</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>云盘</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>%1, imaging</source>
        <extracomment>Instance state while an image is made from it, e.g. &quot;Running, imaging&quot;</extracomment>
        <translation>%1，制作镜像中</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 GiB</source>
        <translation>%1 核 vCPU，%2 GiB</translation>
    </message>
    <message>
        <source>%1 GiB system</source>
        <translation>系统盘 %1 GiB</translation>
    </message>
    <message>
        <source>%1 + %2 GiB data</source>
        <extracomment>Disk summary, e.g. &quot;50 GiB system + 100 + 200 GiB data&quot;</extracomment>
        <translation>%1 + 数据盘 %2 GiB</translation>
    </message>
    <message>
        <source>An image is being made from this instance: it cannot be started or stopped until the image is ready.</source>
        <translation>正在从此实例制作镜像：镜像就绪前无法开机或关机。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
</context>
<context>
    <name>imprint::ItemListDialog</name>
    <message numerus="yes">
        <source>%n item(s), one per row; the list scrolls when they do not fit.</source>
        <translation>
            <numerusform>共 %n 项，每行一项；显示不下时列表可滚动。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imprint::LaunchDetailsPage</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Use {n} in the name for a number: web-{n} gives web-1, web-2, …</source>
        <translation>在名称中用 {n} 表示序号：web-{n} 会生成 web-1、web-2、…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>数量(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>计费模式(&amp;B)：</translation>
    </message>
    <message>
        <source>The billing method is independent of the instance the image was made from.</source>
        <translation>计费模式与制作镜像的来源实例无关。</translation>
    </message>
    <message>
        <source>Custom images have no pre-installed application to choose.</source>
        <translation>自定义镜像没有可选的预装应用。</translation>
    </message>
    <message>
        <source>Enter a name for the instances.</source>
        <translation>请输入实例名称。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; use at most 60.</source>
        <translation>名称长度为 %1 个字符；最多 60 个字符。</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Enter how many instances to launch, as a number from 1 to %1.</source>
        <translation>请输入要创建的实例数量，为 1 到 %1 之间的数字。</translation>
    </message>
</context>
<context>
    <name>imprint::LaunchDisksPage</name>
    <message>
        <source>Disks</source>
        <translation>云盘</translation>
    </message>
    <message>
        <source>The disks each new instance gets.</source>
        <translation>每台新实例获得的云盘。</translation>
    </message>
    <message>
        <source>Each instance gets:</source>
        <translation>每台实例获得：</translation>
    </message>
    <message>
        <source>&amp;System disk type:</source>
        <translation>系统盘类型(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Data disk type:</source>
        <translation>数据盘类型(&amp;D)：</translation>
    </message>
    <message>
        <source>• %1: %2 GiB&lt;br&gt;</source>
        <translation>• %1：%2 GiB&lt;br&gt;</translation>
    </message>
    <message>
        <source>not with data-disk snapshots</source>
        <translation>不支持数据盘快照</translation>
    </message>
    <message>
        <source>This image carries data-disk snapshots, so local disks are not supported; the data disks are created from the snapshots at their size.</source>
        <translation>此镜像带有数据盘快照，因此不支持本地盘；数据盘将按快照的容量从快照创建。</translation>
    </message>
</context>
<context>
    <name>imprint::LaunchPlacePage</name>
    <message>
        <source>Image and place</source>
        <translation>镜像和位置</translation>
    </message>
    <message>
        <source>The image, its region and the zone of the new instances.</source>
        <translation>镜像、其所在地域以及新实例的可用区。</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>可用区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3, system disk %4 GiB</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2），%3，系统盘 %4 GiB</translation>
    </message>
    <message>
        <source>%1 (%2) — fixed: the image&apos;s region</source>
        <translation>%1（%2）— 固定为镜像所在地域</translation>
    </message>
    <message>
        <source>not the snapshots&apos; zone</source>
        <translation>不是快照所在的可用区</translation>
    </message>
</context>
<context>
    <name>imprint::LaunchSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Check what will be launched and what it costs.</source>
        <translation>请核对将要创建的实例及其费用。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Launch &lt;b&gt;%n instance(s)&lt;/b&gt; from &lt;b&gt;%1&lt;/b&gt; in zone %2.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;从 &lt;b&gt;%1&lt;/b&gt; 在可用区 %2 创建 &lt;b&gt;%n 台实例&lt;/b&gt;。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Type %1 with network acceleration, %2 billing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;规格 %1，开启网络加速，%2计费。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type %1, %2 billing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;规格 %1，%2计费。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Estimated cost: about %1 per month (simulated list price), including the paid parent image&apos;s %2 per instance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;预计费用：每月约 %1（模拟目录价），含付费父镜像每台实例 %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Estimated cost: about %1 per month (simulated list price).&lt;/p&gt;</source>
        <translation>&lt;p&gt;预计费用：每月约 %1（模拟目录价）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Progress appears in Recent Operations; the instances appear in the Instances tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;进度显示在“最近操作”中；实例将出现在“实例”标签页中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Disks of each instance:</source>
        <translation>每台实例的磁盘：</translation>
    </message>
    <message>
        <source>• %1: %2 GiB</source>
        <translation>• %1：%2 GiB</translation>
    </message>
</context>
<context>
    <name>imprint::LaunchTypePage</name>
    <message>
        <source>Enable network acceleration</source>
        <translation>启用网络增强</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>The sizes this image can run on; the others say why not.</source>
        <translation>此镜像可用的规格；不可用的规格会说明原因。</translation>
    </message>
    <message>
        <source>%1 — %2 vCPU, %3 GiB, %4/month</source>
        <translation>%1 — %2 核 vCPU，%3 GiB，%4/月</translation>
    </message>
    <message>
        <source>This type does not support network acceleration.</source>
        <translation>此规格不支持网络增强。</translation>
    </message>
    <message>
        <source>The instance types of this product; a type the image cannot run on says why.</source>
        <translation>此产品的实例规格；镜像不能使用的规格会说明原因。</translation>
    </message>
    <message>
        <source>%1 — %2 vCPU, %3 GiB, %4/month, no network acceleration</source>
        <translation>%1 — %2 核 vCPU，%3 GiB，%4/月，不支持网络加速</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>an instance type, then why it cannot be chosen</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>imprint::LaunchWizard</name>
    <message>
        <source>Launch Instances from &quot;%1&quot;</source>
        <translation>用“%1”创建实例</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>创建实例</translation>
    </message>
    <message>
        <source>System disk from the image</source>
        <translation>来自镜像的系统盘</translation>
    </message>
    <message>
        <source>Empty data disk</source>
        <translation>空数据盘</translation>
    </message>
    <message>
        <source>Data disk from snapshot %1</source>
        <translation>来自快照 %1 的数据盘</translation>
    </message>
</context>
<context>
    <name>imprint::MainWindow</name>
    <message>
        <source>Imprint — custom images</source>
        <translation>Imprint — 自定义镜像</translation>
    </message>
    <message>
        <source>Loading the account…</source>
        <translation>正在加载账号…</translation>
    </message>
    <message>
        <source>&amp;Create Image…</source>
        <translation>创建镜像(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Launch Instances…</source>
        <translation>创建实例(&amp;L)…</translation>
    </message>
    <message>
        <source>C&amp;opy Image…</source>
        <translation>复制镜像(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Edit Image…</source>
        <translation>编辑镜像(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Image…</source>
        <translation>删除镜像(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开机(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>关机(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Top Up…</source>
        <translation>充值(&amp;T)…</translation>
    </message>
    <message>
        <source>Set &amp;Balance…</source>
        <translation>设置余额(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Imprint</source>
        <translation>关于 Imprint(&amp;A)</translation>
    </message>
    <message>
        <source>About Imprint</source>
        <translation>关于 Imprint</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Imprint %1&lt;/h3&gt;&lt;p&gt;A console for custom machine images on Tencent Cloud Lighthouse, Tencent Cloud CVM, UCloud UHost and Alibaba Cloud ECS.&lt;/p&gt;&lt;p&gt;Prices shown are simulated list prices.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Imprint %1&lt;/h3&gt;&lt;p&gt;用于腾讯云轻量应用服务器、腾讯云云服务器 CVM、UCloud 云主机 UHost 和阿里云云服务器 ECS 自定义镜像的控制台。&lt;/p&gt;&lt;p&gt;显示的价格均为模拟标价。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>实例(&amp;I)</translation>
    </message>
    <message>
        <source>I&amp;mage</source>
        <translation>镜像(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>实例(&amp;I)</translation>
    </message>
    <message>
        <source>I&amp;mages</source>
        <translation>镜像(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Snapshots</source>
        <translation>快照(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quota &amp;&amp; Cost</source>
        <translation>配额和费用(&amp;Q)</translation>
    </message>
    <message>
        <source>No recent operations yet: image and instance work shows its progress here.</source>
        <translation>暂无最近操作：镜像和实例操作的进度会显示在这里。</translation>
    </message>
    <message>
        <source>Cancel Operation</source>
        <translation>取消操作</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent Operations&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近操作&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Imprint could not open %1.</source>
        <translation>Imprint 无法打开 %1。</translation>
    </message>
    <message>
        <source>The dashboard always covers every product and region.</source>
        <translation>概览始终涵盖所有产品和地域。</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Clear the filter (Esc in the search field) to see everything in %2.</source>
        <translation>没有与“%1”匹配的内容。清除筛选（在搜索框中按 Esc）即可查看 %2 中的全部内容。</translation>
    </message>
    <message>
        <source>No instances in %1.</source>
        <translation>%1 中没有实例。</translation>
    </message>
    <message>
        <source>No custom images in %1 yet.
Select an instance on the Instances tab and choose Create Image (Ctrl+I).</source>
        <translation>%1 中还没有自定义镜像。
请在“实例”标签页中选择一台实例，然后选择“创建镜像”（Ctrl+I）。</translation>
    </message>
    <message>
        <source>No snapshots in %1.
Snapshots appear when images are made from instances.</source>
        <translation>%1 中没有快照。
用实例制作镜像时会生成快照。</translation>
    </message>
    <message>
        <source>Make a custom image from the selected snapshot (Ctrl+I)</source>
        <translation>用所选快照制作自定义镜像（Ctrl+I）</translation>
    </message>
    <message>
        <source>Make a custom image from the selected instance (Ctrl+I)</source>
        <translation>用所选实例制作自定义镜像（Ctrl+I）</translation>
    </message>
    <message>
        <source>Start the selected instances</source>
        <translation>为所选实例开机</translation>
    </message>
    <message>
        <source>Stop the selected instances</source>
        <translation>为所选实例关机</translation>
    </message>
    <message>
        <source>Launch new instances from the selected image (Ctrl+L)</source>
        <translation>用所选镜像创建新实例（Ctrl+L）</translation>
    </message>
    <message>
        <source>Copy the selected image to another region</source>
        <translation>将所选镜像复制到其他地域</translation>
    </message>
    <message>
        <source>Rename the image or edit its description</source>
        <translation>重命名镜像或编辑其描述</translation>
    </message>
    <message>
        <source>Delete the selected images</source>
        <translation>删除所选镜像</translation>
    </message>
    <message>
        <source>Select an instance to see its disks and make an image from it.</source>
        <translation>选择一台实例可查看其云盘并用它制作镜像。</translation>
    </message>
    <message numerus="yes">
        <source>%n instances selected.</source>
        <translation>
            <numerusform>已选择 %n 台实例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an image to see its snapshots, quota impact and what you can do with it.</source>
        <translation>选择一个镜像可查看其快照、对配额的影响以及可执行的操作。</translation>
    </message>
    <message numerus="yes">
        <source>%n images selected.</source>
        <translation>
            <numerusform>已选择 %n 个镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota and estimated monthly cost for every product and region, from simulated list prices. Select a row of the other tabs for its details.</source>
        <translation>各产品和地域的配额及按模拟标价估算的每月费用。在其他标签页中选择一行可查看其详情。</translation>
    </message>
    <message>
        <source>Select a snapshot to see what it backs.</source>
        <translation>选择一个快照可查看其关联的内容。</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>后端：%1</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <source>Select a running operation that can be cancelled.</source>
        <translation>请选择一个可以取消的进行中的操作。</translation>
    </message>
    <message>
        <source>Stop this operation and discard what it has made so far.</source>
        <translation>停止此操作并丢弃已完成的部分。</translation>
    </message>
    <message>
        <source>This operation has already finished.</source>
        <translation>此操作已经完成。</translation>
    </message>
    <message>
        <source>The cloud cannot stop this kind of operation once it has started.</source>
        <translation>此类操作一旦开始，云端便无法停止。</translation>
    </message>
    <message>
        <source>The operation could not be cancelled.</source>
        <translation>无法取消此操作。</translation>
    </message>
    <message>
        <source>The instance could not be started.</source>
        <translation>无法为实例开机。</translation>
    </message>
    <message>
        <source>The instance could not be stopped.</source>
        <translation>无法为实例关机。</translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation>删除镜像</translation>
    </message>
    <message>
        <source>The images were not deleted.</source>
        <translation>镜像未删除。</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>正在复制 %1…</translation>
    </message>
    <message>
        <source>Top Up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Amount to add to the simulated account (CNY):</source>
        <translation>为模拟账号充值的金额（元）：</translation>
    </message>
    <message>
        <source>The account was not topped up.</source>
        <translation>账号未充值。</translation>
    </message>
    <message>
        <source>Set Balance</source>
        <translation>设置余额</translation>
    </message>
    <message>
        <source>Balance of the simulated account (CNY); below zero makes the account overdue:</source>
        <translation>模拟账号的余额（元）；低于零时账号将欠费：</translation>
    </message>
    <message>
        <source>The balance was not changed.</source>
        <translation>余额未修改。</translation>
    </message>
    <message>
        <source>Code: %1
Request ID: %2</source>
        <translation>错误码：%1
请求 ID：%2</translation>
    </message>
    <message>
        <source>Account overdue, balance %1</source>
        <translation>账号已欠费，余额 %1</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Products and their regions, with the number of instances and custom images in each. Choose one to show its resources.</source>
        <translation>各产品及其地域，以及每个地域的实例数和自定义镜像数。选择一个地域可显示其资源。</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>The instances of the chosen region.</source>
        <translation>所选地域的实例。</translation>
    </message>
    <message>
        <source>Custom images</source>
        <translation>自定义镜像</translation>
    </message>
    <message>
        <source>The custom images of the chosen region, with their state and progress.</source>
        <translation>所选地域的自定义镜像，以及它们的状态和进度。</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>The disk snapshots of the chosen region.</source>
        <translation>所选地域的云盘快照。</translation>
    </message>
    <message>
        <source>Recent operations</source>
        <translation>最近操作</translation>
    </message>
    <message>
        <source>Image and instance work in progress and finished, with its progress.</source>
        <translation>进行中和已完成的镜像及实例操作，以及它们的进度。</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Instances, images, snapshots, and quota and cost.</source>
        <translation>实例、镜像、快照，以及配额和费用。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Details of the selected row and the actions available for it.</source>
        <translation>所选行的详情及可执行的操作。</translation>
    </message>
    <message>
        <source>Image &quot;%1&quot; no longer exists.</source>
        <translation>镜像“%1”已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Images…</source>
        <translation>
            <numerusform>删除 %n 个镜像(&amp;D)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;top %n Instances</source>
        <translation>
            <numerusform>关机 %n 台实例(&amp;T)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start %n Instances</source>
        <translation>
            <numerusform>开机 %n 台实例(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Stop Instances</source>
        <translation>实例关机</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n instance(s)? Programs running on them are interrupted; pay-as-you-go billing stops once they are stopped.</source>
        <translation>
            <numerusform>确定要关闭 %n 台实例吗？其上运行的程序将被中断；关机后按量计费停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n Instance(s)</source>
        <translation>
            <numerusform>关闭 %n 台实例</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 GiB</source>
        <translation>%1 — %2 GiB</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n custom image(s)? This cannot be undone.</source>
        <translation>
            <numerusform>确定要删除 %n 个自定义镜像吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The image&apos;s %n associated data-disk snapshot(s) will be deleted too:</source>
        <translation>
            <numerusform>该镜像关联的 %n 个数据盘快照也将被删除：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The images&apos; %n associated data-disk snapshot(s) will be deleted too:</source>
        <translation>
            <numerusform>这些镜像关联的 %n 个数据盘快照也将被删除：</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk snapshot service stays enabled and its billing continues.</source>
        <translation>快照服务保持开启，其费用继续计费。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Image(s)</source>
        <translation>
            <numerusform>删除 %n 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating image &quot;%1&quot;…</source>
        <translation>正在创建镜像“%1”…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号(&amp;A)…</translation>
    </message>
    <message>
        <source>Add, edit, remove, order and turn on or off the accounts this window shows</source>
        <translation>添加、编辑、移除、排序以及打开或关闭此窗口显示的账号</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>账号…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Connect again to the accounts that are not connected</source>
        <translation>重新连接尚未连接的账号</translation>
    </message>
    <message>
        <source>Retry connecting to %1</source>
        <translation>重新连接 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) not connected.</source>
        <translation>
            <numerusform>%n 个账号未连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <extracomment>A region and the account it belongs to, e.g. &quot;South China (Guangzhou) - Company&quot;</extracomment>
        <translation>%1 - %2</translation>
    </message>
    <message numerus="yes">
        <source>Launching %n instance(s) from image &quot;%1&quot;…</source>
        <translation>
            <numerusform>正在从镜像“%1”创建 %n 台实例…</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, ID, state, zone or key:value tag (Ctrl+F)</source>
        <translation>按名称、ID、状态、可用区或 key:value 标签筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows only the rows whose name, ID, state or zone contain the text. Type key:value, or key: alone, to find the resources that carry that tag.</source>
        <translation>只显示名称、ID、状态或可用区包含该文本的行。输入 key:value（或只输入 key:）可查找带有该标签的资源。</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>详细信息窗格(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected rows</source>
        <translation>显示或隐藏所选行的详细信息</translation>
    </message>
    <message>
        <source>&amp;Reset Pane Widths</source>
        <translation>重置窗格宽度(&amp;R)</translation>
    </message>
</context>
<context>
    <name>imprint::NumberField</name>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的数字。</translation>
    </message>
</context>
<context>
    <name>imprint::OperationListModel</name>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
</context>
<context>
    <name>imprint::OperationTracker</name>
    <message>
        <source>Image %1 disappeared before it was finished; it may have been deleted elsewhere.</source>
        <translation>镜像 %1 在完成前消失了；可能已在别处被删除。</translation>
    </message>
    <message>
        <source>Instance %1 disappeared before it was ready; it may have been terminated elsewhere.</source>
        <translation>实例 %1 在就绪前消失了；可能已在别处被销毁。</translation>
    </message>
    <message>
        <source>%1 reports that image %2 could not be made; delete it and try again.</source>
        <translation>%1 报告镜像 %2 制作失败；请删除后重试。</translation>
    </message>
    <message>
        <source>Instance %1 stopped instead of starting after the launch; see its state in the %2 console.</source>
        <translation>实例 %1 创建后没有开机，而是处于关机状态；请在 %2 控制台查看其状态。</translation>
    </message>
    <message>
        <source>%1 accepted the request but does not list %2; refresh to see whether it exists.</source>
        <translation>%1 已接受请求，但列表中没有 %2；请刷新以确认其是否存在。</translation>
    </message>
    <message>
        <source>Imprint lost track of this operation: %1 Refresh later to see how it ended.</source>
        <translation>Imprint 无法继续跟踪此操作：%1 请稍后刷新查看结果。</translation>
    </message>
    <message>
        <source>The operation &quot;%1&quot; on %2 has not finished after %3 hours; Imprint stopped watching it. Refresh later to see its state.</source>
        <translation>操作“%1”（%2）在 %3 小时后仍未完成；Imprint 已停止跟踪。请稍后刷新查看其状态。</translation>
    </message>
</context>
<context>
    <name>imprint::OverdueBanner</name>
    <message>
        <source>Top Up…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The account is overdue&lt;/b&gt; (balance %1). Creating Lighthouse custom images is disabled, and every Lighthouse custom image is &lt;b&gt;to be repossessed&lt;/b&gt; and unusable.</source>
        <translation>&lt;b&gt;账号已欠费&lt;/b&gt;（余额 %1）。轻量应用服务器自定义镜像的创建功能已停用，所有轻量应用服务器自定义镜像均&lt;b&gt;待回收&lt;/b&gt;，无法使用。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The account is overdue&lt;/b&gt; (balance %1). Creating Lighthouse custom images is disabled, and every Lighthouse custom image is &lt;b&gt;to be repossessed&lt;/b&gt; and unusable. They will be released in %n day(s) unless you top up.</source>
        <translation>
            <numerusform>&lt;b&gt;账户已欠费&lt;/b&gt;（余额 %1）。已禁止创建轻量应用服务器自定义镜像，所有轻量应用服务器自定义镜像均处于&lt;b&gt;待回收&lt;/b&gt;状态且不可用。如不充值，将在 %n 天后释放。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The account is overdue&lt;/b&gt; (balance %1). Creating Lighthouse custom images is disabled. The Lighthouse custom images were released after %n day(s) without a top-up; Recent Operations lists the release.</source>
        <translation>
            <numerusform>&lt;b&gt;账户已欠费&lt;/b&gt;（余额 %1）。已禁止创建轻量应用服务器自定义镜像。轻量应用服务器自定义镜像已在欠费 %n 天未充值后被释放；“最近操作”中列出了该释放操作。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imprint::QuotaCostModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>The quota is full: %1 of %2 custom images. Delete an image before creating another in this region.</source>
        <translation>配额已满：已有 %1 个自定义镜像，配额 %2 个。请先删除一个镜像，再在此地域创建新镜像。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 custom images; %n more can be created.</source>
        <translation>
            <numerusform>已有 %1 个自定义镜像，配额 %2 个；还可创建 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 custom images.</source>
        <translation>已有 %1 个自定义镜像，配额 %2 个。</translation>
    </message>
    <message>
        <source>%1 custom images per region are free; each one beyond is billed.</source>
        <translation>每个地域 %1 个自定义镜像免费；超出部分逐个计费。</translation>
    </message>
    <message>
        <source>%1 has no free tier of custom images.</source>
        <translation>%1 没有自定义镜像免费额度。</translation>
    </message>
    <message>
        <source>Snapshot storage that backs the custom images of this region (a snapshot shared by several images counts once).</source>
        <translation>此地域自定义镜像所关联的快照存储量（多个镜像共用的快照只计一次）。</translation>
    </message>
    <message>
        <source>Estimated monthly cost from simulated list prices.</source>
        <translation>根据模拟标价估算的每月费用。</translation>
    </message>
    <message>
        <source>Simulated list price.</source>
        <translation>模拟标价。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>The account is overdue: these images are unusable until it is topped up.</source>
        <translation>账号已欠费：充值之前这些镜像无法使用。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Custom Images</source>
        <translation>自定义镜像</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Quota Use</source>
        <translation>配额使用率</translation>
    </message>
    <message>
        <source>Free Tier Used</source>
        <translation>已用免费额度</translation>
    </message>
    <message>
        <source>Snapshot Storage</source>
        <translation>快照存储</translation>
    </message>
    <message>
        <source>Est. Monthly Cost</source>
        <translation>预计每月费用</translation>
    </message>
    <message>
        <source>To Be Repossessed</source>
        <translation>待回收</translation>
    </message>
    <message>
        <source>Estimated from simulated list prices, not a quote from the cloud.</source>
        <translation>根据模拟标价估算，并非云厂商的报价。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>%1 (documented)</source>
        <translation>%1（文档值）</translation>
    </message>
</context>
<context>
    <name>imprint::RegionTreeModel</name>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>所有地域</translation>
    </message>
    <message>
        <source>%1 (connecting…)</source>
        <translation>%1（正在连接…）</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
</context>
<context>
    <name>imprint::RemoteBackend</name>
    <message>
        <source>%1 reports the balance in its billing center, not through its image and instance APIs; see the %1 console.</source>
        <translation>%1 在其费用中心而不是通过镜像和实例 API 提供余额；请查看 %1 控制台。</translation>
    </message>
    <message>
        <source>Snapshots are managed in the %1 console; this console does not delete them.</source>
        <translation>快照在 %1 控制台中管理；此控制台不删除快照。</translation>
    </message>
    <message>
        <source>Top up in the %1 console&apos;s billing center.</source>
        <translation>请在 %1 控制台的费用中心充值。</translation>
    </message>
    <message>
        <source>Only the embedded simulator can set the balance.</source>
        <translation>只有内置模拟器可以设置余额。</translation>
    </message>
</context>
<context>
    <name>imprint::RemoteCaller</name>
    <message>
        <source>Gave up after %1 attempts: %2</source>
        <translation>尝试 %1 次后放弃：%2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
</context>
<context>
    <name>imprint::RemoteEngine</name>
    <message>
        <source>%1 has nothing with the id %2; refresh the lists and choose again.</source>
        <translation>%1 中没有 ID 为 %2 的资源；请刷新列表后重新选择。</translation>
    </message>
    <message>
        <source>Image %1 no longer exists; refresh the image list and choose another.</source>
        <translation>镜像 %1 已不存在；请刷新镜像列表后重新选择。</translation>
    </message>
    <message>
        <source>Instance %1 no longer exists; refresh the instance list.</source>
        <translation>实例 %1 已不存在；请刷新实例列表。</translation>
    </message>
    <message>
        <source>Making image %1 failed (%2), and Imprint could not check whether an earlier attempt made it (%3). Refresh the image list before trying again.</source>
        <translation>制作镜像 %1 失败（%2），且 Imprint 无法确认之前的尝试是否已制作成功（%3）。请先刷新镜像列表再重试。</translation>
    </message>
    <message>
        <source>This connection to %1 does not manage %2.</source>
        <translation>此 %1 连接不管理 %2。</translation>
    </message>
    <message>
        <source>%1 accepted the copy of %2 but did not say which image it made in %3; refresh the image list.</source>
        <translation>%1 已接受复制 %2 的请求，但没有说明在 %3 中创建了哪个镜像；请刷新镜像列表。</translation>
    </message>
    <message>
        <source>Deleting failed (%1), and Imprint could not check which images are left (%2); refresh the image list.</source>
        <translation>删除失败（%1），且 Imprint 无法确认还剩哪些镜像（%2）；请刷新镜像列表。</translation>
    </message>
    <message>
        <source>%1 accepted the launch but named no instance; refresh the instance list.</source>
        <translation>%1 已接受创建请求，但没有返回实例；请刷新实例列表。</translation>
    </message>
    <message>
        <source>Launching from image %1 failed (%2), and Imprint could not check whether an earlier attempt launched instances (%3). Refresh the instance list before trying again.</source>
        <translation>用镜像 %1 创建实例失败（%2），且 Imprint 无法确认之前的尝试是否已创建实例（%3）。请先刷新实例列表再重试。</translation>
    </message>
    <message>
        <source>Operation %1 does not exist; refresh Recent Operations.</source>
        <translation>操作 %1 不存在；请刷新“最近操作”。</translation>
    </message>
    <message>
        <source>%1 has already finished; there is nothing to cancel.</source>
        <translation>%1 已经完成；没有可取消的内容。</translation>
    </message>
    <message>
        <source>%1 cannot stop this once it has begun; wait for it to finish, then delete what it made.</source>
        <translation>%1 无法中止已开始的此项操作；请等待其完成，然后删除它创建的内容。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 cannot change the tags of an existing image yet. Save with its tags as they are, or change them in the cloud&apos;s console.</source>
        <translation>未做任何修改：%1 目前无法修改已有镜像的标签。请保持标签不变后保存，或在云平台控制台中修改标签。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何修改：%1</translation>
    </message>
</context>
<context>
    <name>imprint::RemoteReader</name>
    <message>
        <source>Image %1 does not exist; refresh the image list and choose another.</source>
        <translation>镜像 %1 不存在；请刷新镜像列表后重新选择。</translation>
    </message>
    <message>
        <source>Instance %1 does not exist; refresh the instance list and choose another.</source>
        <translation>实例 %1 不存在；请刷新实例列表后重新选择。</translation>
    </message>
    <message>
        <source>There is no region %1 any more; refresh the region list.</source>
        <translation>地域 %1 已不存在；请刷新地域列表。</translation>
    </message>
</context>
<context>
    <name>imprint::SettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Simulated seconds per real second</source>
        <translation>每真实秒对应的模拟秒数</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Choose the simulator&apos;s data folder</source>
        <translation>选择模拟器的数据文件夹</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Simulator &amp;speed:</source>
        <translation>模拟器速度(&amp;S)：</translation>
    </message>
    <message>
        <source>Simulated seconds per real second: at 60, an image that takes ten minutes is ready in ten seconds.</source>
        <translation>每真实秒对应的模拟秒数：设为 60 时，需要十分钟的镜像十秒即可就绪。</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>The data folder %1 is a file. Choose a folder.</source>
        <translation>数据文件夹 %1 是一个文件。请选择文件夹。</translation>
    </message>
    <message>
        <source>Cannot create or write to the data folder %1. Choose another one.</source>
        <translation>无法创建或写入数据文件夹 %1。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The language, the simulator speed and the data folder take effect the next time Imprint starts. Which clouds and accounts open, and their API keys (kept in the system keyring, never here), are under File &gt; Accounts.</source>
        <translation>语言、模拟器速度和数据文件夹在下次启动 Imprint 时生效。打开哪些云和账号及其 API 密钥（保存在系统密钥环中，从不保存在这里）在“文件 &gt; 账号”中设置。</translation>
    </message>
    <message>
        <source>Enter a speed from %1 to %2 simulated seconds per real second, with at most one decimal.</source>
        <translation>请输入 %1 到 %2 之间的速度（每真实秒对应的模拟秒数），最多一位小数。</translation>
    </message>
</context>
<context>
    <name>imprint::SimulatorEngine</name>
    <message>
        <source>The simulator is already open; close it before opening another database.</source>
        <translation>模拟器已打开；请先关闭，再打开其他数据库。</translation>
    </message>
    <message>
        <source>No database file was given to the simulator; choose where to keep it.</source>
        <translation>没有为模拟器指定数据库文件；请选择保存位置。</translation>
    </message>
    <message>
        <source>The simulator could not remove its old database %1; check its file permissions and try again.</source>
        <translation>模拟器无法删除旧数据库 %1；请检查文件权限后重试。</translation>
    </message>
    <message>
        <source>Your account has overdue payments, so %1 custom images cannot be created; top up your account and try again.</source>
        <translation>您的账号已欠费，无法创建%1自定义镜像；请充值后重试。</translation>
    </message>
    <message>
        <source>This region already holds %1 custom images, the most %2 allows; delete an image you no longer need and try again.</source>
        <translation>此地域已有 %1 个自定义镜像，达到 %2 的上限；请删除不再需要的镜像后重试。</translation>
    </message>
    <message>
        <source>%1 has no region %2; choose a region from the list.</source>
        <translation>%1 没有地域 %2；请从列表中选择地域。</translation>
    </message>
    <message>
        <source>An image is made either from an instance or from snapshots; choose one of them.</source>
        <translation>镜像要么由实例制作，要么由快照制作；请选择其中一种。</translation>
    </message>
    <message>
        <source>Choose the instance or the snapshots to make the image from.</source>
        <translation>请选择用于制作镜像的实例或快照。</translation>
    </message>
    <message>
        <source>Instance %1 does not exist; refresh the instance list and choose another.</source>
        <translation>实例 %1 不存在；请刷新实例列表后重新选择。</translation>
    </message>
    <message>
        <source>Instance %1 is in region %2; an image is made in its instance&apos;s region.</source>
        <translation>实例 %1 位于地域 %2；镜像在其实例所在的地域制作。</translation>
    </message>
    <message>
        <source>The instance is shut down while the image is made; tick &quot;Agree to a forced shutdown&quot; to continue.</source>
        <translation>制作镜像期间实例将关机；请勾选“同意强制关机”以继续。</translation>
    </message>
    <message>
        <source>An image is already being made from %1; wait until it is available, then try again.</source>
        <translation>已在用 %1 制作镜像；请等镜像可用后再试。</translation>
    </message>
    <message>
        <source>Instance %1 is %2; wait until it has finished, then try again.</source>
        <translation>实例 %1 状态为%2；请等待其完成后再试。</translation>
    </message>
    <message>
        <source>Disk %1 is not attached to %2; choose one of its data disks.</source>
        <translation>云盘 %1 未挂载到 %2；请选择它的一块数据盘。</translation>
    </message>
    <message>
        <source>Snapshot %1 does not exist; refresh the snapshot list and choose again.</source>
        <translation>快照 %1 不存在；请刷新快照列表后重新选择。</translation>
    </message>
    <message>
        <source>Snapshot %1 is in region %2; choose snapshots from the image&apos;s region.</source>
        <translation>快照 %1 位于地域 %2；请选择镜像所在地域的快照。</translation>
    </message>
    <message>
        <source>Image %1 does not exist; refresh the image list and choose another.</source>
        <translation>镜像 %1 不存在；请刷新镜像列表后重新选择。</translation>
    </message>
    <message>
        <source>%1 cannot copy custom images to another region; create a new image from an instance in the target region instead.</source>
        <translation>%1 不能将自定义镜像复制到其他地域；请改为在目标地域用实例创建新镜像。</translation>
    </message>
    <message>
        <source>%1 has no region %2; choose a target region from the list.</source>
        <translation>%1 没有地域 %2；请从列表中选择目标地域。</translation>
    </message>
    <message>
        <source>Choose the target project to copy the image into.</source>
        <translation>请选择要将镜像复制到的目标项目。</translation>
    </message>
    <message>
        <source>Project %1 does not exist; choose a target project from the list.</source>
        <translation>项目 %1 不存在；请从列表中选择目标项目。</translation>
    </message>
    <message>
        <source>The image is already in this region and project; choose another region or project.</source>
        <translation>镜像已在此地域和项目中；请选择其他地域或项目。</translation>
    </message>
    <message>
        <source>The image is already in this region; choose another target region.</source>
        <translation>镜像已在此地域；请选择其他目标地域。</translation>
    </message>
    <message>
        <source>Image %1 is %2; only an available image can be copied.</source>
        <translation>镜像 %1 状态为%2；只能复制可用的镜像。</translation>
    </message>
    <message>
        <source>Choose at least one image to delete.</source>
        <translation>请至少选择一个要删除的镜像。</translation>
    </message>
    <message>
        <source>Image %1 does not exist; refresh the image list, then delete again. Nothing was deleted.</source>
        <translation>镜像 %1 不存在；请刷新镜像列表后重新删除。未删除任何镜像。</translation>
    </message>
    <message>
        <source>Snapshot %1 does not exist; refresh the snapshot list.</source>
        <translation>快照 %1 不存在；请刷新快照列表。</translation>
    </message>
    <message>
        <source>Snapshot %1 is associated with image %2 and cannot be deleted on its own; delete the image, which deletes its snapshots too.</source>
        <translation>快照 %1 已关联镜像 %2，不能单独删除；请删除该镜像，其快照会一并删除。</translation>
    </message>
    <message>
        <source>Snapshot %1 backs image %2; delete the image first, then the snapshot.</source>
        <translation>快照 %1 关联了镜像 %2；请先删除镜像，再删除快照。</translation>
    </message>
    <message>
        <source>Snapshot %1 is still being created; wait until it is available, then delete it.</source>
        <translation>快照 %1 仍在创建中；请等待其可用后再删除。</translation>
    </message>
    <message>
        <source>The image&apos;s region %1 no longer exists.</source>
        <translation>镜像所在的地域 %1 已不存在。</translation>
    </message>
    <message>
        <source>Zone %1 is not in the image&apos;s region %2; choose one of its zones.</source>
        <translation>可用区 %1 不在镜像所在的地域 %2 中；请选择该地域的可用区。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 does not sell instance type %2; choose one from the list.</source>
        <translation>%1 不提供实例规格 %2；请从列表中选择。</translation>
    </message>
    <message>
        <source>Instance type %1 has no network acceleration; choose a larger type or turn acceleration off.</source>
        <translation>实例规格 %1 不支持网络增强；请选择更大的规格或关闭网络增强。</translation>
    </message>
    <message>
        <source>Instance %1 does not exist; refresh the instance list.</source>
        <translation>实例 %1 不存在；请刷新实例列表。</translation>
    </message>
    <message>
        <source>Operation %1 does not exist; refresh Recent Operations.</source>
        <translation>操作 %1 不存在；请刷新“最近操作”。</translation>
    </message>
    <message>
        <source>%1 has already finished; there is nothing to cancel.</source>
        <translation>%1 已经完成；没有可取消的内容。</translation>
    </message>
    <message>
        <source>%1 cannot be cancelled once started; wait until it finishes.</source>
        <translation>%1 一旦开始便无法取消；请等待其完成。</translation>
    </message>
    <message>
        <source>Enter a top-up amount greater than zero and at most 1,000,000,000.00 CNY.</source>
        <translation>请输入大于零且不超过 1,000,000,000.00 元的充值金额。</translation>
    </message>
    <message>
        <source>Enter a balance between -1,000,000,000.00 and 1,000,000,000.00 CNY.</source>
        <translation>请输入 -1,000,000,000.00 到 1,000,000,000.00 元之间的余额。</translation>
    </message>
    <message>
        <source>%1 Nothing was deleted.</source>
        <translation>%1 未删除任何内容。</translation>
    </message>
    <message>
        <source>The simulator has no open database; quit and start it again to see why.</source>
        <translation>模拟器没有已打开的数据库；请退出后重新启动以查看原因。</translation>
    </message>
    <message>
        <source>The simulator could not open its database %1 (%2); check that the folder is writable and the disk has space.</source>
        <translation>模拟器无法打开数据库 %1（%2）；请检查该文件夹是否可写、磁盘是否有空间。</translation>
    </message>
    <message>
        <source>The simulator could not save the change, so nothing was changed (%1). Try again; if it keeps failing, quit: the next start checks the store and offers the ways to recover it.</source>
        <translation>模拟器无法保存此更改，因此未做任何更改（%1）。请重试；如果仍然失败，请退出：下次启动时会检查存储并提供恢复方式。</translation>
    </message>
    <message>
        <source>The ClientToken %1 was used before with other parameters; use a new token for a new request.</source>
        <translation>ClientToken %1 之前已用于参数不同的请求；新请求请使用新的令牌。</translation>
    </message>
</context>
<context>
    <name>imprint::SnapshotTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>云盘</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Source Disk</source>
        <translation>源云盘</translation>
    </message>
    <message>
        <source>Source Instance</source>
        <translation>源实例</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
</context>
<context>
    <name>imprint::StoreProblemDialog</name>
    <message>
        <source>The simulator&apos;s store</source>
        <translation>模拟器的存储</translation>
    </message>
</context>
<context>
    <name>imprint::Tc3Transport</name>
    <message>
        <source>%1 is not a Tencent Cloud product this console can reach.</source>
        <translation>%1 不是此控制台可以访问的腾讯云产品。</translation>
    </message>
    <message>
        <source>No Tencent Cloud API key is set; set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY or save a key in the system keyring, then try again.</source>
        <translation>未设置腾讯云 API 密钥；请设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，或在系统密钥环中保存密钥，然后重试。</translation>
    </message>
    <message>
        <source>Tencent Cloud is limiting the request rate (%1); wait a minute, then try again.</source>
        <translation>腾讯云正在限制请求频率（%1）；请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused %1 (%2); check the request, then try again.</source>
        <translation>腾讯云拒绝了 %1（%2）；请检查请求后重试。</translation>
    </message>
    <message>
        <source>Check the API key (SecretId and SecretKey) and the system clock.</source>
        <translation>请检查 API 密钥（SecretId 和 SecretKey）以及系统时钟。</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
</context>
<context>
    <name>imprint::TencentCloudBackend</name>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <source>imprint-sim at %1</source>
        <translation>位于 %1 的 imprint-sim</translation>
    </message>
    <message>
        <source>Tencent Cloud API at %1</source>
        <translation>位于 %1 的腾讯云 API</translation>
    </message>
</context>
<context>
    <name>imprint::UCloudBackend</name>
    <message>
        <source>UCloud</source>
        <translation>UCloud</translation>
    </message>
    <message>
        <source>imprint-sim at %1</source>
        <translation>位于 %1 的 imprint-sim</translation>
    </message>
    <message>
        <source>UCloud API at %1</source>
        <translation>位于 %1 的 UCloud API</translation>
    </message>
</context>
<context>
    <name>imprint::UCloudTransport</name>
    <message>
        <source>No UCloud API key is set; set UCLOUD_PUBLIC_KEY and UCLOUD_PRIVATE_KEY or save a key in the system keyring, then try again.</source>
        <translation>未设置 UCloud API 密钥；请设置 UCLOUD_PUBLIC_KEY 和 UCLOUD_PRIVATE_KEY，或在系统密钥环中保存密钥，然后重试。</translation>
    </message>
    <message>
        <source>%1 is not an HTTPS address. UCloud&apos;s signature does not stop a captured request from being sent again, so Imprint sends UCloud requests only over HTTPS, or over HTTP to this computer; use an https:// address.</source>
        <translation>%1 不是 HTTPS 地址。UCloud 的签名无法防止被截获的请求被重放，因此 Imprint 只通过 HTTPS 发送 UCloud 请求，或通过 HTTP 发送到本机；请使用 https:// 地址。</translation>
    </message>
    <message>
        <source>UCloud</source>
        <translation>UCloud</translation>
    </message>
    <message>
        <source>UCloud could not take the request now (%1); wait a minute, then try again.</source>
        <translation>UCloud 暂时无法处理该请求（%1）；请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>Check the API key (PublicKey and PrivateKey).</source>
        <translation>请检查 API 密钥（PublicKey 和 PrivateKey）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Imprint: a console for custom machine images on Tencent Cloud Lighthouse, Tencent Cloud CVM, UCloud UHost and Alibaba Cloud ECS.</source>
        <translation>Imprint：用于腾讯云轻量应用服务器、腾讯云云服务器 CVM、UCloud 云主机 UHost 和阿里云云服务器 ECS 自定义镜像的控制台。</translation>
    </message>
    <message>
        <source>Folder of the simulator&apos;s state (default: %1).</source>
        <translation>模拟器状态所在的文件夹（默认：%1）。</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default: %1; at 60 a ten-minute image takes ten seconds).</source>
        <translation>每真实秒对应的模拟秒数（默认：%1；设为 60 时，十分钟的镜像只需十秒）。</translation>
    </message>
    <message>
        <source>Discard the simulator&apos;s state and build a new demo world.</source>
        <translation>丢弃模拟器状态，重新生成演示数据。</translation>
    </message>
    <message>
        <source>With --reset-demo or on first start: build a large account with about N thousand images and N thousand instances (e.g. 100).</source>
        <translation>与 --reset-demo 一起使用或首次启动时：生成一个约有 N 千个镜像和 N 千台实例的大账号（例如 100）。</translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN (Simplified Chinese) or en (English). Default: the one chosen in Settings, else the system&apos;s.</source>
        <translation>界面语言：zh_CN（简体中文）或 en（英语）。默认：设置中选择的语言，否则为系统语言。</translation>
    </message>
    <message>
        <source>--sim-speed takes a number above 0 and at most 100000, not &quot;%1&quot;.</source>
        <translation>--sim-speed 需要大于 0 且不超过 100000 的数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not &quot;%1&quot;.</source>
        <translation>--lang 只接受 zh_CN 或 en，而不是“%1”。</translation>
    </message>
    <message>
        <source>--demo-scale takes a whole number from 0 to 1000, not &quot;%1&quot;.</source>
        <translation>--demo-scale 需要 0 到 1000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>What to connect to: %1. A cloud&apos;s key comes from its environment variables or the system keyring. Default: the last choice, else simulator.</source>
        <translation>要连接的对象：%1。云的密钥取自其环境变量或系统密钥环。默认：上次的选择，否则为 simulator。</translation>
    </message>
    <message>
        <source>The server&apos;s address for kinds that need one (imprint-sim), e.g. http://127.0.0.1:8080.</source>
        <translation>需要地址的类型（imprint-sim）所用的服务器地址，例如 http://127.0.0.1:8080。</translation>
    </message>
    <message>
        <source>--backend takes %1, not &quot;%2&quot;.</source>
        <translation>--backend 可取 %1，而不是“%2”。</translation>
    </message>
    <message>
        <source>--backend %1 needs --endpoint with the server&apos;s address, e.g. http://127.0.0.1:8080.</source>
        <translation>--backend %1 需要用 --endpoint 给出服务器地址，例如 http://127.0.0.1:8080。</translation>
    </message>
    <message>
        <source>--account starts with the kind of account, one of %1, not &quot;%2&quot;.</source>
        <translation>--account 应以账号类型开头，可选 %1，而不是“%2”。</translation>
    </message>
    <message>
        <source>--account %1: %2</source>
        <translation>--account %1：%2</translation>
    </message>
    <message>
        <source>--account %1 takes no endpoint: it knows where to go.</source>
        <translation>--account %1 不接受 endpoint：它自己知道要连接的地址。</translation>
    </message>
    <message>
        <source>--account %1 needs no key.</source>
        <translation>--account %1 不需要密钥。</translation>
    </message>
    <message>
        <source>--account %1: key-env takes the two environment variables that hold the key, as ID_VAR:SECRET_VAR, not &quot;%2&quot;.</source>
        <translation>--account %1：key-env 应写保存密钥的两个环境变量，格式为 ID_VAR:SECRET_VAR，而不是“%2”。</translation>
    </message>
    <message>
        <source>--account %1 takes the key from key-env=ID_VAR:SECRET_VAR or key=keyring, once; never the key itself, which other users could read from the command line.</source>
        <translation>--account %1 只能通过 key-env=ID_VAR:SECRET_VAR 或 key=keyring 指定一次密钥来源；绝不接受密钥本身，因为其他用户可以从命令行中读到它。</translation>
    </message>
    <message>
        <source>--account %1: &quot;%2&quot; is not name=, endpoint=, key-env= or key=keyring.</source>
        <translation>--account %1：“%2”不是 name=、endpoint=、key-env= 或 key=keyring。</translation>
    </message>
    <message>
        <source>--account %1 needs endpoint= with the server&apos;s address, e.g. %1,endpoint=http://127.0.0.1:8080.</source>
        <translation>--account %1 需要用 endpoint= 指定服务器地址，例如 %1,endpoint=http://127.0.0.1:8080。</translation>
    </message>
    <message>
        <source>Adds an account for this run only; repeat it for several. Written KIND[,name=NAME][,endpoint=URL][,key-env=ID_VAR:SECRET_VAR|key=keyring], where KIND is one of the kinds --backend takes. The key comes from the two environment variables key-env names, or from the account&apos;s entry in the system keyring (key=keyring, the default, falling back to the kind&apos;s usual variables); the key itself is never accepted here. There is one embedded simulator: if your saved accounts already have it enabled, --account simulator uses that one, under the name given here if any. Example: --account imprint-sim,name=Staging,endpoint=http://127.0.0.1:8080,key-env=STAGING_ID:STAGING_KEY</source>
        <translation>仅为本次运行添加一个账号；可重复使用以添加多个。格式为 KIND[,name=NAME][,endpoint=URL][,key-env=ID_VAR:SECRET_VAR|key=keyring]，其中 KIND 是 --backend 接受的类型之一。密钥来自 key-env 指定的两个环境变量，或来自系统密钥环中该账号的条目（key=keyring，默认值；若没有则使用该类型的常用环境变量）；此处绝不接受密钥本身。内置模拟器只有一个：若已保存的账号中已启用它，--account simulator 即使用该模拟器；如在此指定了名称，则本次运行使用该名称。示例：--account imprint-sim,name=Staging,endpoint=http://127.0.0.1:8080,key-env=STAGING_ID:STAGING_KEY</translation>
    </message>
</context>
</TS>
